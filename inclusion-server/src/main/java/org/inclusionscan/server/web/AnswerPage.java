package org.inclusionscan.server.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.inclusionscan.model.Domain;
import org.inclusionscan.model.Language;
import org.inclusionscan.model.Role;
import org.inclusionscan.questionnaire.Item;
import org.inclusionscan.scan.Answer;
import org.inclusionscan.server.service.RespondentService.Form;

/**
 * The respondent's form cut into pages: one per domain, in the questionnaire's order, and a last
 * page with the optional role and note and the submit button.
 */
final class AnswerPage {

    static final List<String> VALUES = List.of("1", "2", "3", "4", "5", Answer.DONT_KNOW_ID);

    private AnswerPage() {
    }

    /** The questionnaire's items grouped by domain, in order of first appearance. */
    static List<Map.Entry<Domain, List<Item>>> pages(Form form) {
        Map<Domain, List<Item>> byDomain = new EnumMap<>(Domain.class);
        List<Domain> order = new ArrayList<>();
        for (Item item : form.questionnaire().items()) {
            Domain domain = item.factor().domain();
            if (!byDomain.containsKey(domain)) {
                order.add(domain);
                byDomain.put(domain, new ArrayList<>());
            }
            byDomain.get(domain).add(item);
        }
        return order.stream().map(domain -> Map.entry(domain, byDomain.get(domain))).toList();
    }

    /** How many pages, the last (details and submit) included. */
    static int pageCount(Form form) {
        return pages(form).size() + 1;
    }

    static int clamp(int page, Form form) {
        return Math.max(1, Math.min(page, pageCount(form)));
    }

    static void fill(Map<String, Object> model, Form form, int page, Language language) {
        List<Map.Entry<Domain, List<Item>>> pages = pages(form);
        int count = pages.size() + 1;
        Map<String, Answer> answers = form.link().answers();
        model.put("page", page);
        model.put("pageCount", count);
        model.put("isLast", page == count);
        model.put("previousPage", page - 1);
        model.put("nextPage", page + 1);
        model.put("answered", answers.size());
        model.put("total", form.questionnaire().items().size());
        model.put("progress", Math.round(100.0 * answers.size() / Math.max(1, form.questionnaire().items().size())));
        model.put("values", VALUES);
        model.put("organisation", form.round().organisation().name());
        model.put("minimum", form.round().minRespondents());
        model.put("questionnaireTitle", form.questionnaire().title(language));
        List<Map<String, Object>> items = new ArrayList<>();
        if (page < count) {
            Map.Entry<Domain, List<Item>> current = pages.get(page - 1);
            model.put("domain", current.getKey().id());
            for (Item item : current.getValue()) {
                Answer answer = answers.get(item.id());
                items.add(Map.of("id", item.id(), "text", item.text(language), "answer",
                        answer == null ? "" : answer.toString()));
            }
        } else {
            model.put("domain", "");
        }
        model.put("items", items);
        model.put("roles", List.of(Role.values()).stream().map(Role::id).toList());
        model.put("role", form.link().role() == null ? "" : form.link().role().id());
        model.put("note", form.link().note() == null ? "" : form.link().note());
        List<Map<String, Object>> steps = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            steps.add(Map.of("number", i + 1, "domain", pages.get(i).getKey().id(), "current", i + 1 == page));
        }
        model.put("steps", steps);
    }
}
