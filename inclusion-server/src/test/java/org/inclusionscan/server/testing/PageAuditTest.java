package org.inclusionscan.server.testing;

import static org.assertj.core.api.BDDAssertions.then;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageAuditTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
            "default-src 'self'                                        | ",
            "default-src 'none'; script-src 'self'; style-src 'self'   | ",
            "script-src 'self' 'nonce-abc'                              | ",
            "default-src 'self' 'unsafe-inline'                         | scripts allowed too widely ('self' 'unsafe-inline')",
            "default-src 'self'; script-src 'self' 'unsafe-inline'      | scripts allowed too widely ('self' 'unsafe-inline')",
            "script-src *                                               | scripts allowed too widely (*)",
            "style-src 'self'                                           | neither script-src nor default-src limits scripts (style-src 'self')",
            "NONE                                                       | no Content-Security-Policy header",
    })
    void scriptSourcesMustNotAllowInlineScript(String policy, String expected) {
        then(PageAudit.cspProblem(policy).orElse(null)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
            "http://127.0.0.1:1/r/kq2VqZ0sZx3nA9dR5tYb8uWcE1fG4hJ6/page/2, /r/{token}/page/2",
            "http://127.0.0.1:1/rounds, /rounds",
            "http://127.0.0.1:1/, /",
    })
    void pagesAreNamedWithoutTheirTokens(String url, String name) {
        then(PageAudit.pageName(url)).isEqualTo(name);
    }
}
