package reportsite.content;

/**
 * What is known of a page from its front matter alone: enough for the navigation, the list
 * page and the slug check, before (or instead of) compiling its body.
 *
 * @param source path of the Markdown file below the content folder
 */
public record PageOutline(String source, PageMeta meta) {

    public String outputPath() {
        return meta.slug() + ".html";
    }

    /**
     * Pages in sub-folders of their edition's folder (posts, archives) stay out of the menu, so
     * that it stays short.
     *
     * @param folder the edition's folder under the content folder ("zh/"), or ""
     */
    public boolean inMenu(String folder) {
        return source.startsWith(folder) && !source.substring(folder.length()).contains("/");
    }
}
