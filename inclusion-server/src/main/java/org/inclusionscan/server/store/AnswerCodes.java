package org.inclusionscan.server.store;

import org.inclusionscan.scan.Answer;

/** How an answer is stored: 1-5 as given, 0 for "don't know". */
final class AnswerCodes {

    private AnswerCodes() {
    }

    static int code(Answer answer) {
        return answer.isDontKnow() ? 0 : answer.value();
    }

    static Answer answer(int code) {
        return code == 0 ? Answer.DONT_KNOW : Answer.of(code);
    }
}
