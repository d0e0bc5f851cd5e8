package io.otp.core.json;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes Jackson reads from a caller's stream and stops at the document limit.
 *
 * <p>Jackson checks the document length only when it refills its buffer, so a document slightly
 * longer than the limit could pass; counting here makes the limit exact. Closing this stream does
 * not close the caller's: whoever opened a stream closes it.
 */
final class BoundedInputStream extends FilterInputStream {

    private final long limit;
    private long count;

    BoundedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        if (skipped > 0) {
            counted(skipped);
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public void close() {
        // The caller owns the underlying stream.
    }

    private void counted(long n) throws TooLongException {
        count += n;
        if (count > limit) {
            throw new TooLongException(count);
        }
    }

    /** Signals that the document has more bytes than allowed; carries how many were read. */
    static final class TooLongException extends IOException {

        private static final long serialVersionUID = 1L;

        private final long length;

        TooLongException(long length) {
            super("the JSON document has more than " + (length - 1) + " bytes");
            this.length = length;
        }

        long length() {
            return length;
        }
    }
}
