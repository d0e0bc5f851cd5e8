package io.otp.cli;

import io.otp.core.Language;
import io.otp.core.ValidationException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The options every subcommand has: {@code --lang} and {@code --verbose}. */
final class CommonOptions {

    @Option(names = "--lang", paramLabel = "en|es", converter = LanguageConverter.class,
        description = "Language of the output for people: en (default) or es.")
    Language language = Language.ENGLISH;

    @Option(names = "--verbose", description = "On an internal error, print the stack trace.")
    boolean verbose;

    /** Reads {@code --lang} with {@link Language#parse(CharSequence)}. */
    static final class LanguageConverter implements ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            try {
                return Language.parse(value);
            } catch (ValidationException e) {
                throw new TypeConversionException(e.violations().get(0).message());
            }
        }
    }
}
