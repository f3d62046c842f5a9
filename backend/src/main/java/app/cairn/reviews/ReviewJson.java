package app.cairn.reviews;

import app.cairn.reviews.dto.Answer;
import app.cairn.reviews.dto.ScalePoint;
import app.cairn.reviews.dto.TemplateSection;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Reads and writes the JSON columns of templates, cycles and answers. */
@ApplicationScoped
public class ReviewJson {

    private static final TypeReference<List<ScalePoint>> SCALE = new TypeReference<>() {};
    private static final TypeReference<List<TemplateSection>> SECTIONS = new TypeReference<>() {};
    private static final TypeReference<List<Answer>> ANSWERS = new TypeReference<>() {};
    private static final TypeReference<List<UUID>> IDS = new TypeReference<>() {};

    private final ObjectMapper mapper;

    public ReviewJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public List<ScalePoint> scale(String json) {
        return read(json, SCALE);
    }

    public List<TemplateSection> sections(String json) {
        return read(json, SECTIONS);
    }

    public List<Answer> answers(String json) {
        return read(json, ANSWERS);
    }

    public List<UUID> ids(String json) {
        return read(json, IDS);
    }

    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write review JSON", e);
        }
    }

    private <T> T read(String json, TypeReference<T> type) {
        try {
            return mapper.readValue(json == null ? "[]" : json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored review JSON is unreadable", e);
        }
    }
}
