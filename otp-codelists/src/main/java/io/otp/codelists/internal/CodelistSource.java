package io.otp.codelists.internal;

/**
 * Where codelists are read from: the eForms SDK jar ({@link SdkJarSource}) or the index pre-built
 * from it ({@link IndexSource}).
 */
public interface CodelistSource {

    /**
     * Reads a codelist.
     *
     * @param name the list's name in the eForms SDK, e.g. {@code cpv}; not null
     * @return the list, not null
     * @throws SourceException if the list cannot be found or read
     */
    CodeTable load(String name);

    /**
     * The version of the eForms SDK the lists come from.
     *
     * @return e.g. {@code 1.15.1}; {@code unknown} when it cannot be told; not null
     */
    String sdkVersion();

    /**
     * Describes the source for logs and {@code toString}.
     *
     * @return e.g. {@code pre-built index of eForms SDK 1.15.1}; not null
     */
    String description();
}
