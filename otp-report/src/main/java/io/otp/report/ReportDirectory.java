package io.otp.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

/**
 * A directory that reports and published files are written into without ever following a symbolic link
 * below it (CWE-59, link following). Whoever can create files in an output directory could otherwise
 * plant a link named like a report, or a link in place of a subdirectory, and have the next report
 * overwrite a file elsewhere.
 *
 * <ul>
 *   <li>The directory chosen by the caller may itself be, or lie under, a symbolic link: that is the
 *       caller's choice. It is created if missing and resolved to its real path once, by
 *       {@link #of(Path)}.</li>
 *   <li>Below it nothing is followed: a subdirectory ({@link #directory(String)}) or a file
 *       ({@link #write(String, byte[])}, {@link #create(String)}) that exists as a symbolic link, whether
 *       to a file, to a directory or to nothing, is refused with a {@link ReportFileException} naming it,
 *       and what the link points to is left as it was.</li>
 *   <li>A file is written as a new file: an earlier regular file of the same name is deleted first (which
 *       removes that name only, so a hard link to it elsewhere keeps its content) and the new one is
 *       created exclusively ({@link StandardOpenOption#CREATE_NEW}, {@link LinkOption#NOFOLLOW_LINKS}), so
 *       a link planted between the check and the creation makes the creation fail instead of being
 *       followed. Before each creation the directory is checked to still have the real path it had.</li>
 * </ul>
 *
 * <p>What remains is the window between that check and the creation, in which someone who can rename
 * directories inside the output directory could swap a checked subdirectory for a link; an output
 * directory others can write to is not a place for reports.
 *
 * <p>Paths returned are the caller's path joined with the names, not the real paths, so that messages
 * show the paths the user gave. This class is immutable and thread-safe; the file system is not.
 */
public final class ReportDirectory {

    private static final String NOT_A_DIRECTORY = "is not a directory, where a directory of reports goes";

    private final Path path;
    private final Path real;

    private ReportDirectory(Path path, Path real) {
        this.path = path;
        this.real = real;
    }

    /**
     * Opens the directory the caller chose, creating it (and its parents) if missing; symbolic links on
     * the way to it are followed, once.
     *
     * @param dir the directory; not null
     * @return the directory; not null
     * @throws ReportFileException if it cannot be created or is not a directory
     */
    public static ReportDirectory of(Path dir) {
        Objects.requireNonNull(dir, "dir");
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new ReportFileException(dir, NOT_A_DIRECTORY, null);
        }
        try {
            Files.createDirectories(dir);
            return new ReportDirectory(dir, dir.toRealPath());
        } catch (IOException e) {
            throw new ReportFileException(dir, "cannot be created as a directory to write into (" + reason(e) + ")",
                e);
        }
    }

    /**
     * Writes one file into the directory the caller chose for it: {@link #of(Path)} of its parent (the
     * current directory for a bare name), then {@link #write(String, byte[])}. So the file itself is never
     * followed if it is a symbolic link; the directories on its way are the caller's choice.
     *
     * @param file the file; not null
     * @param content the bytes; not null
     * @return {@code file}, as given; not null
     * @throws ReportFileException if the file is a symbolic link or a directory, or cannot be written
     */
    public static Path writeFile(Path file, byte[] content) {
        Objects.requireNonNull(file, "file");
        Path name = file.getFileName();
        if (name == null) {
            throw new ReportFileException(file, "names no file", null);
        }
        of(file.toAbsolutePath().getParent()).write(name.toString(), content);
        return file;
    }

    /**
     * Returns the directory as the caller named it.
     *
     * @return the path given to {@link #of(Path)} joined with the names of the subdirectories; not null
     */
    public Path path() {
        return path;
    }

    /**
     * Opens a subdirectory, creating it if missing.
     *
     * @param name one name, without separators, not {@code .} or {@code ..}; not null
     * @return the subdirectory; not null
     * @throws IllegalArgumentException if the name is not one plain name
     * @throws ReportFileException if the subdirectory is a symbolic link or a file, or cannot be created
     */
    public ReportDirectory directory(String name) {
        Path sub = checked(name);
        Path shown = path.resolve(name);
        try {
            refuseLink(sub, shown);
            if (!Files.exists(sub, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectory(sub);
            }
            if (!Files.isDirectory(sub, LinkOption.NOFOLLOW_LINKS)) {
                throw new ReportFileException(shown, NOT_A_DIRECTORY, null);
            }
            return new ReportDirectory(shown, stillReal(sub, shown));
        } catch (FileAlreadyExistsException e) {
            // Created by someone else since the check: whatever it is, it is checked again.
            return directory(name);
        } catch (IOException e) {
            throw new ReportFileException(shown, "cannot be created as a directory (" + reason(e) + ")", e);
        }
    }

    /**
     * Writes a file in this directory, replacing a regular file of that name.
     *
     * @param name one name, without separators, not {@code .} or {@code ..}; not null
     * @param content the bytes; not null
     * @return the file, as the caller's path joined with the name; not null
     * @throws IllegalArgumentException if the name is not one plain name
     * @throws ReportFileException if the file is a symbolic link or a directory, or cannot be written
     */
    public Path write(String name, byte[] content) {
        Objects.requireNonNull(content, "content");
        Path shown = path.resolve(name);
        try (OutputStream out = create(name)) {
            out.write(content);
        } catch (IOException e) {
            throw new ReportFileException(shown, "cannot be written (" + reason(e) + ")", e);
        }
        return shown;
    }

    /**
     * Writes a text file in UTF-8 in this directory, replacing a regular file of that name.
     *
     * @param name one name, without separators, not {@code .} or {@code ..}; not null
     * @param text the text; not null
     * @return the file, as the caller's path joined with the name; not null
     * @throws IllegalArgumentException if the name is not one plain name
     * @throws ReportFileException if the file is a symbolic link or a directory, or cannot be written
     */
    public Path write(String name, String text) {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Creates a new file in this directory, in place of a regular file of that name, and opens it for
     * writing: for content written as a stream, such as a large OCDS package. The caller closes the stream.
     *
     * @param name one name, without separators, not {@code .} or {@code ..}; not null
     * @return the stream of the new, empty file; not null
     * @throws IllegalArgumentException if the name is not one plain name
     * @throws ReportFileException if the file is a symbolic link or a directory, or cannot be created
     */
    public OutputStream create(String name) {
        Path file = checked(name);
        Path shown = path.resolve(name);
        try {
            refuseLink(file, shown);
            if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new ReportFileException(shown, "is a directory, where a report file goes", null);
            }
            // Deleting removes this name only: never a link's target, nor the content of a hard link elsewhere.
            Files.deleteIfExists(file);
            stillReal(real, path);
            return Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                LinkOption.NOFOLLOW_LINKS);
        } catch (FileAlreadyExistsException e) {
            throw linkRefused(shown, e);
        } catch (IOException e) {
            throw new ReportFileException(shown, "cannot be written (" + reason(e) + ")", e);
        }
    }

    /** A name inside this directory, resolved against its real path. */
    private Path checked(String name) {
        Objects.requireNonNull(name, "name");
        Path file;
        try {
            file = Path.of(name);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("not a file name: " + name, e);
        }
        if (name.isEmpty() || file.getNameCount() != 1 || file.isAbsolute() || name.equals(".") || name.equals("..")
            || !file.getFileName().toString().equals(name)) {
            throw new IllegalArgumentException("not one plain file name: " + name);
        }
        return real.resolve(file);
    }

    private static void refuseLink(Path file, Path shown) {
        if (Files.isSymbolicLink(file)) {
            throw linkRefused(shown, null);
        }
    }

    /** Checks that a directory still resolves to itself: nothing on its way was replaced by a link. */
    private static Path stillReal(Path dir, Path shown) throws IOException {
        if (!dir.toRealPath().equals(dir)) {
            throw linkRefused(shown, null);
        }
        return dir;
    }

    private static ReportFileException linkRefused(Path shown, IOException cause) {
        return new ReportFileException(shown, "is a symbolic link (or was replaced by one); reports are never"
            + " written through a link below the directory chosen for them", cause);
    }

    private static String reason(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName()
            : e.getClass().getSimpleName() + " (" + e.getMessage() + ")";
    }
}
