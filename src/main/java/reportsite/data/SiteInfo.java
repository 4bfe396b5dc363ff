package reportsite.data;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The report's own settings.
 *
 * @param baseUrl public URL ending in '/', used only where absolute URLs are required
 * @param cname the custom domain GitHub Pages serves the site on, written to a CNAME file
 */
public record SiteInfo(String title, String description, String language, String reportingCurrency,
                       Optional<LocalDate> asOf, Optional<String> baseUrl, Optional<String> cname) {

    /** The same settings published at {@code url} (ending in '/'). */
    public SiteInfo withBaseUrl(String url) {
        return new SiteInfo(title, description, language, reportingCurrency, asOf, Optional.of(url), cname);
    }

    /** The same settings for the edition in {@code code}. */
    public SiteInfo withLanguage(String code) {
        return new SiteInfo(title, description, code, reportingCurrency, asOf, baseUrl, cname);
    }

    public static SiteInfo empty() {
        return new SiteInfo("Report", "", "en", "USD", Optional.empty(), Optional.empty(), Optional.empty());
    }
}
