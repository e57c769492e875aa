package eu.hubtable.matching;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The phrases of a free text that a skill or a tag could equal: every run of one to three words
 * ("we need sound design" gives "sound", "sound design", "need sound design"...). The database
 * compares them with its accent- and case-insensitive collation, so they are only lower-cased here.
 */
final class Phrases {

    static final int MAX_WORDS = 3;
    static final int MAX_PHRASES = 400;
    private static final int MIN_WORD = 3;

    private Phrases() {
    }

    static Set<String> of(@Nullable String text) {
        Set<String> phrases = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return phrases;
        }
        List<String> words = List.of(Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .split("[^\\p{L}\\p{N}+#-]+"));
        for (int start = 0; start < words.size(); start++) {
            StringBuilder phrase = new StringBuilder();
            for (int length = 1; length <= MAX_WORDS && start + length <= words.size(); length++) {
                String word = words.get(start + length - 1);
                if (word.isEmpty()) {
                    break;
                }
                phrase.append(length == 1 ? "" : " ").append(word);
                if (length > 1 || word.length() >= MIN_WORD) {
                    phrases.add(phrase.toString());
                }
                if (phrases.size() >= MAX_PHRASES) {
                    return phrases;
                }
            }
        }
        return phrases;
    }
}
