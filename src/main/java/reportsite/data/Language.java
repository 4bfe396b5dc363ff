package reportsite.data;

import java.util.Arrays;
import java.util.Optional;

/**
 * An edition's language. Each formatting call takes one, so a page in one edition never picks
 * up another's words; there is no default taken from the machine.
 */
public enum Language {
    EN("en", "en"), ZH("zh", "zh-CN");

    private final String code;
    private final String htmlLang;

    Language(String code, String htmlLang) {
        this.code = code;
        this.htmlLang = htmlLang;
    }

    /** The short code used in file names and output folders: "en", "zh". */
    public String code() {
        return code;
    }

    /** The language of a code as written in {@code site.language}: "en", "zh". */
    public static Optional<Language> byCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst();
    }

    /** The value of the {@code lang} and {@code hreflang} attributes: "en", "zh-CN". */
    public String htmlLang() {
        return htmlLang;
    }
}
