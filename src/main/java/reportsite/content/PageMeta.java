package reportsite.content;

import java.util.Optional;

/** A page's front matter. */
public record PageMeta(String title, String description, int order, String slug, Optional<String> date,
                       boolean draft, String summary) {
}
