package reportsite.content;

/**
 * Every sentence of the report the build judges against the data, as the claims page lists it:
 * the claims an author bound and the words the data judges, each with its condition, the values
 * that decide it and, where it can be said, how far it is from flipping. A page's entries are
 * made while it is compiled (the same judging that stops the build on a false word), and kept
 * with the compiled page.
 */
public final class ClaimLedger {

    /**
     * One judged sentence.
     *
     * @param page the output path of its page, {@code title} that page's title
     * @param verdict for a fact check's finding, its verdict (then {@code values} are the figures it rests on); "" for a sentence
     */
    public record Entry(String page, String title, int line, String sentence, String condition, boolean holds, String values,
                        String verdict) {
    }

    private ClaimLedger() {
    }

    static Entry entry(String page, String title, ClaimSentences.Judged j) {
        return new Entry(page, title, j.line(), j.sentence(), j.condition(), j.holds(), j.values(), j.verdict());
    }
}
