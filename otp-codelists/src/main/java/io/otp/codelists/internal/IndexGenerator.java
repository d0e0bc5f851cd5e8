package io.otp.codelists.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Builds the codelist index at build time (exec-maven-plugin, phase {@code process-classes}): parses
 * the lists of {@link IndexSource#INDEXED} from the eForms SDK jar on the class path with the StAX
 * reader used at run time, and writes them, with a manifest naming the SDK version, into
 * {@code <classes>/io/otp/codelists/internal/index/}. The output depends only on the SDK jar, so the
 * build stays reproducible.
 */
public final class IndexGenerator {

    private IndexGenerator() {
    }

    /**
     * Writes the index.
     *
     * @param args one argument: the class output folder, e.g. {@code target/classes}
     * @throws IOException if a file cannot be written
     * @throws SourceException if the SDK jar is missing, has no version or a list cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: IndexGenerator <class output folder>");
        }
        Path folder = Path.of(args[0]).resolve(IndexGenerator.class.getPackageName().replace('.', '/'))
            .resolve(IndexSource.FOLDER);
        generate(new SdkJarSource(IndexGenerator.class.getClassLoader()), folder);
    }

    /**
     * Writes the index of the lists of an SDK into a folder.
     *
     * @param sdk the eForms SDK to index; not null
     * @param folder where to write; created if missing
     * @throws IOException if a file cannot be written
     * @throws SourceException if the SDK jar has no version or a list cannot be read
     */
    static void generate(SdkJarSource sdk, Path folder) throws IOException {
        String version = sdk.declaredVersion().orElseThrow(() -> new SourceException(
            "the eForms SDK jar on the class path has no Maven metadata (" + SdkJarSource.POM_PROPERTIES
                + "): its version cannot be recorded in the index"));
        Files.createDirectories(folder);
        for (String name : IndexSource.INDEXED) {
            CodeTable table = sdk.load(name);
            try (Writer out = Files.newBufferedWriter(folder.resolve(name + ".tsv"), StandardCharsets.UTF_8)) {
                IndexFormat.write(table, out);
            }
        }
        String manifest = "# Codelists pre-indexed from the eForms SDK by otp-codelists' build (IndexGenerator)\n"
            + "eforms-sdk.version=" + version + "\n"
            + "lists=" + String.join(",", IndexSource.INDEXED) + "\n";
        Files.writeString(folder.resolve("index.properties"), manifest, StandardCharsets.ISO_8859_1);
    }
}
