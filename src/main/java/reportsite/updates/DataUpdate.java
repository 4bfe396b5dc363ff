package reportsite.updates;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import reportsite.data.Language;

/**
 * One entry of {@code content/data-updates.yaml}: the figures that changed when the data was
 * revised, dated with the data's {@code site.as_of}.
 *
 * @param asOf empty when the data had no {@code as_of}
 * @param notes the author's words on the update, by language code ({@code note: {en: …, zh: …}}),
 *     or under "" when written as one string; empty for none
 */
public record DataUpdate(Optional<LocalDate> asOf, Map<String, String> notes, List<FigureChange> changes) {

    public DataUpdate {
        notes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(notes));
    }

    /** With one note for every edition ("" for none). */
    public DataUpdate(Optional<LocalDate> asOf, String note, List<FigureChange> changes) {
        this(asOf, note.isEmpty() ? Map.of() : Map.of("", note), changes);
    }

    /** The note as written in one string, else its first language's. */
    public String note() {
        return notes.getOrDefault("", notes.values().stream().findFirst().orElse(""));
    }

    /** The note in {@code language}, else {@link #note()}. */
    public String note(Language language) {
        return notes.getOrDefault(language.code(), note());
    }
}
