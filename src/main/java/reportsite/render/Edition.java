package reportsite.render;

import java.util.Map;
import reportsite.data.Language;
import reportsite.i18n.UiStrings;

/**
 * One language's pages of the site: the default edition at the site's root, every other one in
 * a folder named by its language code ({@code zh/}), with its own interface strings.
 *
 * @param prefix the folder of its pages in the site, ending in '/', or "" at the root
 */
public record Edition(Language language, String prefix, UiStrings ui) {

    public static Edition of(Language language, boolean isDefault, UiStrings ui) {
        return new Edition(language, isDefault ? "" : language.code() + "/", ui);
    }

    /** From one of its pages back to the site's root, where the assets are. */
    public String root() {
        return prefix.isEmpty() ? "" : "../";
    }

    /**
     * Another edition, for the language switch and {@code hreflang} links of this one's pages.
     *
     * @param pages its Markdown pages: file name under its folder → output path (without its
     *     prefix); its pages made from the data exist in every edition
     */
    public record Other(Edition edition, Map<String, String> pages) {
    }
}
