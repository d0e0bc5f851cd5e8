package io.otp.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/** The options every subcommand has: {@code --lang} and {@code --verbose}. */
final class CommonOptions {

    @Option(names = "--lang", paramLabel = "en|es", converter = LanguageConverter.class,
        description = "Language of the output for people: en (default) or es.")
    Language language = Language.EN;

    @Option(names = "--verbose", description = "On an internal error, print the stack trace.")
    boolean verbose;

    /** Reads {@code --lang}. */
    static final class LanguageConverter implements ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            return Language.forTag(value);
        }
    }
}
