package reportsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;
import reportsite.source.Theme;

/** The names a template reads from its model, as the check of overrides sees them. */
class TemplateOverridesTest {

    @Test
    void theNamesOfTheBuiltInPageTemplate() {
        assertEquals(Set.of("page", "ui"), TemplateOverrides.variables(Theme.builtInFile("page.ftlh").orElseThrow().text()));
    }

    @Test
    void builtInsMembersStringsArgumentsAndOwnNamesAreLeftOut() {
        String t = """
                <#import "layout.ftlh" as layout>
                <#-- ${commented} -->
                <@layout.page bodyClass=page.kind?then("a", "b")>
                <#assign n = items?size>
                <#list items as item>${item.name} ${"{x}"} ${n}</#list>
                <#macro row cell wide=false>${cell}</#macro>
                <#if (total > 3) && site.title?has_content>${ui.x?replace("{n}", "" + count)}</#if>
                </@layout.page>
                """;
        assertEquals(Set.of("page", "items", "total", "site", "ui", "count"), TemplateOverrides.variables(t));
    }
}
