package app.cairn.reviews;

import app.cairn.reviews.dto.ScalePoint;
import app.cairn.reviews.dto.TemplateQuestion;
import app.cairn.reviews.dto.TemplateSection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A review with its cycle and the cycle's template, read once per request. */
public record ReviewContext(
        Review review,
        ReviewCycle cycle,
        ReviewTemplate template,
        List<ScalePoint> scale,
        List<TemplateSection> sections) {

    public Optional<TemplateQuestion> question(UUID id) {
        return questions().stream().filter(q -> q.id().equals(id)).findFirst();
    }

    public List<TemplateQuestion> questions() {
        return sections.stream().flatMap(s -> s.questions().stream()).toList();
    }

    public List<TemplateQuestion> questionsFor(ReviewRole role) {
        return questions().stream().filter(q -> q.roles().contains(role)).toList();
    }

    public boolean onScale(int value) {
        return scale.stream().anyMatch(p -> p.value() == value);
    }

    public int scaleMin() {
        return scale.get(0).value();
    }

    public int scaleMax() {
        return scale.get(scale.size() - 1).value();
    }
}
