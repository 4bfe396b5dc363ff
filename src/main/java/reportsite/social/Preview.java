package reportsite.social;

import java.util.List;

/**
 * What one page's preview image shows.
 *
 * @param page the page's output path, such as {@code investment.html}
 * @param kicker the small line above the title (the site's title), or empty
 * @param text a sentence under the title (the page's description), or empty
 * @param entities the entities the page is about, in the colours of the stripe at the top and of the legend
 * @param columns key figures side by side (the home page), or none
 */
public record Preview(String page, String kicker, String title, String text, List<Swatch> entities, List<Column> columns) {

    public Preview {
        entities = List.copyOf(entities);
        columns = List.copyOf(columns);
    }

    /** An entity's short name and colour ({@code #RRGGBB}). */
    public record Swatch(String name, String colour) {
    }

    /** One entity's figures, in its colour. */
    public record Column(String name, String colour, List<Figure> figures) {
        public Column {
            figures = List.copyOf(figures);
        }
    }

    /** A formatted figure: "Capital expenditure", "US$13.1 bn", "Q3 2025". */
    public record Figure(String label, String value, String period) {
    }
}
