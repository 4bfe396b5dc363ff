package reportsite.data;

/**
 * A public source; its id is the citation number used in the text.
 *
 * @param date YYYY, YYYY-MM or YYYY-MM-DD as published, or "" when undated
 */
public record Source(int id, String title, String publisher, String date, String url) {
}
