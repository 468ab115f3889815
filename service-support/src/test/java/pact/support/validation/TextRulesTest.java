package pact.support.validation;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"Sam Drinker", "Zoë O'Brien-Łukasz", "Line one\nline two\ttabbed\r\n",
        "می\u200Cخواهم", "👨\u200D👩\u200D👧 family", "Ahmed \u0623\u062d\u0645\u062f"})
    void ordinary_text_in_any_script_is_clean(String text) {
        assertNull(TextRules.problem(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sam\u0000", "Sam\u0007", "Sam\u007f", "Sam\u0085", "\u202Ereknird", "Sam\u202A",
        "Sam\u2066x", "Sam\u2069", "Sam\u200BDrinker", "Sam\u200CDrinker", "Sam\u200DDrinker", "\uFEFFSam",
        "Sam\u2060Drinker", "\u200DSam"})
    void control_override_and_zero_width_characters_are_refused_with_where(String text) {
        String problem = TextRules.problem(text);
        assertNotNull(problem, text);
        assertTrue(problem.contains("U+"), problem);
    }
}
