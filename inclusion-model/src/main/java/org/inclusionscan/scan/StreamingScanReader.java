package org.inclusionscan.scan;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.inclusionscan.json.InputLimits;
import org.inclusionscan.json.Json;
import org.inclusionscan.json.TreeReader;
import org.inclusionscan.model.Organisation;
import org.inclusionscan.model.Region;
import org.inclusionscan.model.Role;
import org.inclusionscan.model.Sector;
import org.inclusionscan.model.TargetGroup;
import org.inclusionscan.model.UnknownIdException;
import org.inclusionscan.questionnaire.Item;
import org.inclusionscan.questionnaire.Questionnaire;
import org.inclusionscan.questionnaire.QuestionnaireRegistry;

/**
 * Reads a scan straight from Jackson's tokens, checking every key and value as it comes, without
 * building a tree: the fast path of {@link ScanReader}. It accepts exactly the documents the tree
 * path ({@link ScanReader#readWithTree}) accepts and builds the same {@link Scan}; at the first
 * thing wrong (a problem, a syntax error, a limit, bytes that are not UTF-8) it stops and answers
 * null, and the tree path then reads the document again to locate every problem as before. So a
 * good document costs one pass over its tokens and a bad one at most a little more than before.
 * {@code ScanReaderDifferentialTest} holds the two paths to the same results. Thread-safe.
 *
 * <p>Only the questionnaire id is needed before the answers (to know the item ids); when a
 * document gives it after the respondents, their answer keys are checked at its end.
 */
final class StreamingScanReader {

    private final QuestionnaireRegistry questionnaires;
    private final InputLimits limits;
    private final JsonFactory factory;

    StreamingScanReader(QuestionnaireRegistry questionnaires, InputLimits limits) {
        this.questionnaires = questionnaires;
        this.limits = limits;
        this.factory = Json.streamingFactory(limits);
    }

    /** Stops the reading at the first thing wrong; no stack trace, it is control flow. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Refused INSTANCE = new Refused();

        private Refused() {
            super("refused", null, false, false);
        }
    }

    /**
     * The scan, or null when the document has anything the tree path would report (or is not UTF-8).
     *
     * @param bytes  the document
     * @param from   where it starts
     * @param length its length in bytes
     * @return the scan the tree path would give, or null
     */
    Scan read(byte[] bytes, int from, int length) {
        if (length > limits.maxDocumentBytes() || !Json.isWellFormedUtf8(bytes, from, length)) {
            return null;
        }
        try (JsonParser parser = factory.createParser(bytes, from, length)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            Scan scan = new Document(parser).scan();
            // Like the tree path's mapper, nothing may follow the document but white space.
            return parser.nextToken() == null ? scan : null;
        } catch (IOException | RuntimeException e) {
            // A syntax error, a limit, a refusal, or a record's own check: the tree path says which, where.
            return null;
        }
    }

    private static RuntimeException refused() {
        return Refused.INSTANCE;
    }

    /** Marks a key as seen in an object; a key given twice is refused (the parser does not check). */
    private static int seen(int seen, int bit) {
        if ((seen & bit) != 0) {
            throw refused();
        }
        return seen | bit;
    }

    /** The reading of one document. */
    private final class Document {

        private final JsonParser parser;
        /** Whether answers were read before the questionnaire was known, so their keys are still to check. */
        private boolean itemsUnchecked;

        Document(JsonParser parser) {
            this.parser = parser;
        }

        Scan scan() throws IOException {
            int seen = 0;
            Organisation organisation = null;
            Questionnaire questionnaire = null;
            LocalDate date = null;
            String note = null;
            List<Respondent> respondents = null;
            String name;
            while ((name = parser.nextFieldName()) != null) {
                JsonToken token = parser.nextToken();
                switch (name) {
                    case "$schema" -> {
                        seen = seen(seen, 1);
                        optionalString(token, limits.maxNoteLength());
                    }
                    case "organisation" -> {
                        seen = seen(seen, 2);
                        organisation = organisation(token);
                    }
                    case "questionnaire" -> {
                        seen = seen(seen, 4);
                        questionnaire = questionnaires.find(requiredString(token, limits.maxNameLength()))
                                .orElseThrow(StreamingScanReader::refused);
                    }
                    case "date" -> {
                        seen = seen(seen, 8);
                        date = date(requiredString(token, limits.maxNameLength()));
                    }
                    case "note" -> {
                        seen = seen(seen, 16);
                        note = optionalString(token, limits.maxNoteLength());
                    }
                    case "respondents" -> {
                        seen = seen(seen, 32);
                        respondents = respondents(token, questionnaire);
                    }
                    default -> throw refused();
                }
            }
            if (organisation == null || questionnaire == null || date == null || respondents == null) {
                throw refused();
            }
            if (itemsUnchecked) {
                checkItems(respondents, questionnaire);
            }
            return new Scan(organisation, questionnaire.id(), date, respondents, note);
        }

        private Organisation organisation(JsonToken token) throws IOException {
            if (token != JsonToken.START_OBJECT) {
                throw refused();
            }
            int seen = 0;
            String name = null;
            Region region = null;
            Sector sector = null;
            String note = null;
            List<TargetGroup> groups = new ArrayList<>();
            String key;
            while ((key = parser.nextFieldName()) != null) {
                JsonToken value = parser.nextToken();
                switch (key) {
                    case "name" -> {
                        seen = seen(seen, 1);
                        name = requiredString(value, limits.maxNameLength());
                    }
                    case "region" -> {
                        seen = seen(seen, 2);
                        region = id(requiredString(value, limits.maxNameLength()), Region::fromId);
                    }
                    case "sector" -> {
                        seen = seen(seen, 4);
                        sector = id(requiredString(value, limits.maxNameLength()), Sector::fromId);
                    }
                    case "targetGroups" -> {
                        seen = seen(seen, 8);
                        targetGroups(value, groups);
                    }
                    case "note" -> {
                        seen = seen(seen, 16);
                        note = optionalString(value, limits.maxNoteLength());
                    }
                    default -> throw refused();
                }
            }
            if (name == null || region == null || sector == null) {
                throw refused();
            }
            return new Organisation(name, region, sector, groups, note);
        }

        private void targetGroups(JsonToken token, List<TargetGroup> groups) throws IOException {
            if (token == JsonToken.VALUE_NULL) {
                return;
            }
            if (token != JsonToken.START_ARRAY) {
                throw refused();
            }
            JsonToken element;
            while ((element = parser.nextToken()) != JsonToken.END_ARRAY) {
                TargetGroup group = id(string(element, limits.maxNameLength()), TargetGroup::fromId);
                if (groups.contains(group)) {
                    throw refused();
                }
                groups.add(group);
            }
        }

        private List<Respondent> respondents(JsonToken token, Questionnaire questionnaire) throws IOException {
            if (token != JsonToken.START_ARRAY) {
                throw refused();
            }
            List<Respondent> respondents = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            JsonToken element;
            while ((element = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (respondents.size() == limits.maxRespondents()) {
                    throw refused();
                }
                Respondent respondent = respondent(element, questionnaire);
                if (!ids.add(respondent.id())) {
                    throw refused();
                }
                respondents.add(respondent);
            }
            if (respondents.isEmpty()) {
                throw refused();
            }
            if (questionnaire == null) {
                itemsUnchecked = true;
            }
            return respondents;
        }

        private Respondent respondent(JsonToken token, Questionnaire questionnaire) throws IOException {
            if (token != JsonToken.START_OBJECT) {
                throw refused();
            }
            int seen = 0;
            String id = null;
            Role role = null;
            String note = null;
            Map<String, Answer> answers = null;
            String key;
            while ((key = parser.nextFieldName()) != null) {
                JsonToken value = parser.nextToken();
                switch (key) {
                    case "id" -> {
                        seen = seen(seen, 1);
                        id = requiredString(value, limits.maxNameLength());
                    }
                    case "role" -> {
                        seen = seen(seen, 2);
                        role = id(requiredString(value, limits.maxNameLength()), Role::fromId);
                    }
                    case "answers" -> {
                        seen = seen(seen, 4);
                        answers = answers(value, questionnaire);
                    }
                    case "note" -> {
                        seen = seen(seen, 8);
                        note = optionalString(value, limits.maxNoteLength());
                    }
                    default -> throw refused();
                }
            }
            if (id == null || role == null || answers == null) {
                throw refused();
            }
            return new Respondent(id, role, answers, note);
        }

        private Map<String, Answer> answers(JsonToken token, Questionnaire questionnaire) throws IOException {
            if (token != JsonToken.START_OBJECT) {
                throw refused();
            }
            Map<String, Item> items = questionnaire == null ? null : questionnaire.itemsById();
            Map<String, Answer> answers = new ReadAnswers(items == null ? 16 : items.size() * 4 / 3 + 1);
            String key;
            while ((key = parser.nextFieldName()) != null) {
                if (items != null) {
                    Item item = items.get(key);
                    if (item == null) {
                        throw refused();
                    }
                    // The questionnaire's own id string (equal, and the same instance the scorer looks up with,
                    // so that its look-ups find the key by identity instead of comparing characters).
                    key = item.id();
                }
                if (answers.put(key, answer(parser.nextToken())) != null) {
                    throw refused();
                }
            }
            return answers;
        }

        /** 1 to 5 as an integer or a whole decimal (3.0, 3e0: the integer 3 to JSON Schema), or "dont-know". */
        private Answer answer(JsonToken token) throws IOException {
            switch (token) {
                case VALUE_NUMBER_INT -> {
                    if (parser.getNumberType() == JsonParser.NumberType.INT) {
                        int value = parser.getIntValue();
                        if (value >= 1 && value <= 5) {
                            return Answer.of(value);
                        }
                    }
                }
                case VALUE_NUMBER_FLOAT -> {
                    // The tree holds a decimal as a double; a whole one from 1 to 5 is exactly 1.0 to 5.0.
                    double value = parser.getDoubleValue();
                    if (value >= 1.0 && value <= 5.0 && value == Math.rint(value)) {
                        return Answer.of((int) value);
                    }
                }
                case VALUE_STRING -> {
                    if (parser.getTextLength() == Answer.DONT_KNOW_ID.length() && Answer.DONT_KNOW_ID.equals(parser.getText())) {
                        return Answer.DONT_KNOW;
                    }
                }
                default -> {
                    // anything else is a problem
                }
            }
            throw refused();
        }

        private String requiredString(JsonToken token, int maxLength) throws IOException {
            if (token == JsonToken.VALUE_NULL) {
                throw refused();
            }
            return string(token, maxLength);
        }

        /** Absent or null gives null; anything else is checked like a required string. */
        private String optionalString(JsonToken token, int maxLength) throws IOException {
            return token == JsonToken.VALUE_NULL ? null : string(token, maxLength);
        }

        /** A non-blank string of at most {@code maxLength} code points (JSON Schema's maxLength). */
        private String string(JsonToken token, int maxLength) throws IOException {
            if (token != JsonToken.VALUE_STRING) {
                throw refused();
            }
            String text = parser.getText();
            char first = text.isEmpty() ? ' ' : text.charAt(0);
            boolean plainStart = first > ' ' && first < 0x7f;
            if (!plainStart && TreeReader.isBlank(text)) {
                throw refused();
            }
            if (text.length() > maxLength && text.codePointCount(0, text.length()) > maxLength) {
                throw refused();
            }
            return text;
        }
    }

    private static <E> E id(String id, java.util.function.Function<String, E> fromId) {
        try {
            return fromId.apply(id);
        } catch (UnknownIdException e) {
            throw refused();
        }
    }

    /** Every answer key read before the questionnaire was known must be one of its items. */
    private static void checkItems(List<Respondent> respondents, Questionnaire questionnaire) {
        Map<String, ?> items = questionnaire.itemsById();
        for (Respondent respondent : respondents) {
            for (String key : respondent.answers().keySet()) {
                if (!items.containsKey(key)) {
                    throw refused();
                }
            }
        }
    }

    /** ISO dates as the tree path parses them; yyyy-mm-dd straight, anything else through {@link LocalDate#parse}. */
    private static LocalDate date(String text) {
        try {
            if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
                int year = digits(text, 0, 4);
                int month = digits(text, 5, 7);
                int day = digits(text, 8, 10);
                if (year >= 0 && month >= 0 && day >= 0) {
                    return LocalDate.of(year, month, day);
                }
            }
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            // A parse error, or a date LocalDate.of refuses; ISO's strict parsing refuses the same ones (2025-02-30, month 13).
            throw refused();
        }
    }

    /** The ASCII digits of text[from, to) as a number, or -1 when one is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + c - '0';
        }
        return value;
    }
}
