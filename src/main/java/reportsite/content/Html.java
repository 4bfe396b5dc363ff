package reportsite.content;

import freemarker.template.utility.StringUtil;

/** Escaping for HTML text and attribute values, as the templates escape them. */
public final class Html {

    private Html() {
    }

    /** {@code < > & " '} as {@code &lt; &gt; &amp; &quot; &#39;}. */
    public static String escape(String s) {
        return StringUtil.XHTMLEnc(s);
    }
}
