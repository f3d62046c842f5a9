package app.cairn.auth;

import app.cairn.common.error.ApiException;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import me.gosimple.nbvcxz.scoring.Result;

/**
 * What a new password must be: 12 to 128 characters, and not guessable. Guessability is estimated by
 * nbvcxz (common passwords, words, names, keyboard walks, dates, repeats, leet speak), with the
 * person's own email, name and organization added as words an attacker would try first.
 */
@ApplicationScoped
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    /** The default entropy bar of nbvcxz (35 bits ≈ 10^10 guesses) is too low for online secrets' reuse. */
    private static final double MIN_ENTROPY = 40;

    /** nbvcxz's dictionaries (~0.5 s to load): read by the first use, or by {@link #preload} after start. */
    private static final class Dictionaries {
        static final List<Dictionary> DEFAULT = ConfigurationBuilder.getDefaultDictionaries();
    }

    /**
     * Loads the dictionaries in the background once the application has started, so neither the
     * start nor the first sign-up waits for them (a sign-up meanwhile waits for the load under way).
     */
    void preload(@Observes StartupEvent event) {
        Thread loader = new Thread(() -> Dictionaries.DEFAULT.size(), "password-dictionaries");
        loader.setDaemon(true);
        loader.start();
    }

    /** Throws a 400 naming `field` when the password is too short, too long or too easy to guess. */
    public void check(String field, String password, String... personalWords) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw ApiException.invalid(
                    field, "must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters (a few words make a good one)");
        }
        Result result = estimator(personalWords).estimate(password);
        if (!result.isMinimumEntropyMet()) {
            throw ApiException.invalid(field, weakMessage(result));
        }
    }

    private static Nbvcxz estimator(String... personalWords) {
        List<String> words = personalWords(personalWords);
        List<Dictionary> dictionaries = new ArrayList<>(Dictionaries.DEFAULT);
        if (!words.isEmpty()) {
            dictionaries.add(new DictionaryBuilder()
                    .setDictionaryName("personal")
                    .setExclusion(true)
                    .addWords(words, 0)
                    .createDictionary());
        }
        return new Nbvcxz(new ConfigurationBuilder()
                .setDictionaries(dictionaries)
                .setMinimumEntropy(MIN_ENTROPY)
                .setLocale(Locale.ENGLISH)
                .createConfiguration());
    }

    /** The person's own words, whole and split at non-letters: "ada.admin@acme.example" → ada, admin, acme. */
    private static List<String> personalWords(String... inputs) {
        return Arrays.stream(inputs)
                .filter(Objects::nonNull)
                .map(s -> s.toLowerCase(Locale.ROOT).trim())
                .flatMap(s -> Stream.concat(Stream.of(s), Arrays.stream(s.split("[^\\p{L}\\p{N}]+"))))
                .filter(s -> s.length() >= 3)
                .distinct()
                .toList();
    }

    private static String weakMessage(Result result) {
        String warning = result.getFeedback().getWarning();
        StringBuilder message = new StringBuilder("is too easy to guess");
        if (warning != null && !warning.isBlank()) {
            message.append(": ").append(lowerFirst(warning.trim()));
        }
        List<String> suggestions = result.getFeedback().getSuggestion();
        if (suggestions != null && !suggestions.isEmpty()) {
            message.append(message.charAt(message.length() - 1) == '.' ? " " : ". ")
                    .append(suggestions.get(0).trim());
        }
        return message.toString();
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
