package org.touchmap.app.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.util.List;
import java.util.Locale;

/** {@code --lang}: the language of words written into exports (headers, ratings, legend). */
final class LanguageOption {
    static final List<String> LANGUAGES = List.of("en", "ru", "sr");

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    private String language;

    @Option(names = "--lang", paramLabel = "en|ru|sr",
            description = "language of the words written: headers, ratings, legend, lists of changes (default: the system's, else English)")
    void setLanguage(String value) {
        if (!LANGUAGES.contains(value)) {
            throw new ParameterException(spec.commandLine(), "--lang must be one of " + String.join(", ", LANGUAGES));
        }
        language = value;
    }

    Locale locale() {
        String wanted = language != null ? language : Locale.getDefault().getLanguage();
        return LANGUAGES.contains(wanted) ? Locale.forLanguageTag(wanted) : Locale.ENGLISH;
    }
}
