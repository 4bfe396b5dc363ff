package reportsite.data;

import java.util.Arrays;
import java.util.Optional;

/**
 * An edition's language. Each formatting call takes one, so a page in one edition never picks
 * up another's words; there is no default taken from the machine.
 */
public enum Language {
    EN("en", "en", "English"), ZH("zh", "zh-CN", "Chinese");

    private final String code;
    private final String htmlLang;
    private final String englishName;

    Language(String code, String htmlLang, String englishName) {
        this.code = code;
        this.htmlLang = htmlLang;
        this.englishName = englishName;
    }

    /** The short code used in file names and output folders: "en", "zh". */
    public String code() {
        return code;
    }

    /** The value of the {@code lang} and {@code hreflang} attributes: "en", "zh-CN". */
    public String htmlLang() {
        return htmlLang;
    }

    /** The language's name in messages to the author, who writes the metrics file in English: "Chinese". */
    public String englishName() {
        return englishName;
    }

    /** The language of a short code as written in the metrics file ("zh"), if it is one. */
    public static Optional<Language> ofCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst();
    }
}
