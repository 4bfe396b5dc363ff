package reportsite.data;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The report's own settings.
 *
 * @param language the code of this dataset's edition as written ({@code site.language}, or the
 *     edition's code for a dataset of another edition)
 * @param baseUrl public URL ending in '/', used only where absolute URLs are required
 * @param cname the custom domain GitHub Pages serves the site on, written to a CNAME file
 * @param languages the site's editions, the default (built at the site root) first; never empty
 */
public record SiteInfo(String title, String description, String language, String reportingCurrency,
                       Optional<LocalDate> asOf, Optional<String> baseUrl, Optional<String> cname,
                       List<Language> languages) {

    public SiteInfo {
        languages = List.copyOf(languages);
    }

    /** The same settings published at {@code url} (ending in '/'). */
    public SiteInfo withBaseUrl(String url) {
        return new SiteInfo(title, description, language, reportingCurrency, asOf, Optional.of(url), cname, languages);
    }

    /** The language of the edition built at the site root. */
    public Language defaultLanguage() {
        return languages.get(0);
    }

    public static SiteInfo empty() {
        return new SiteInfo("Report", "", "en", "USD", Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(Language.EN));
    }
}
