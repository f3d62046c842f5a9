package app.cairn.cascade;

import app.cairn.cascade.CascadeQuery.Row;
import app.cairn.cascade.dto.CascadeResponse;
import app.cairn.cascade.dto.CascadeResponse.Coverage;
import app.cairn.cascade.dto.CascadeResponse.PeriodInfo;
import app.cairn.cascade.dto.CascadeResponse.Summary;
import app.cairn.objectives.Health;
import app.cairn.objectives.ObjectiveLevel;
import app.cairn.objectives.ObjectiveStatus;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One cascade answer, assembled but not yet rendered: the forest of the caller's rows and the
 * filters' choice in it. {@link #write} walks it depth-first and writes each node straight to the
 * JSON generator (no list of nodes, no response object and no byte array of the whole body are
 * built), counting the summary on the way; the summary follows the nodes in the document.
 *
 * <p>The walk covers every node the filters select, down to any depth: nodes deeper than the
 * requested depth are counted in the summary but not written, so the figures do not change when
 * the client asks for the first levels only and fetches deeper subtrees later.
 */
public final class CascadeAnswer {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A node while the tree is assembled. */
    static final class Item {
        final Row row;
        final String sortTitle;
        final List<Item> children = new ArrayList<>();
        Item parent;
        int hiddenChildren;
        BigDecimal rolledUpWeight = BigDecimal.ZERO;

        Item(Row row) {
            this.row = row;
            this.sortTitle = row.title().toLowerCase(Locale.ROOT);
        }

        boolean countsInRollup() {
            return row.status() == ObjectiveStatus.ACTIVE || row.status() == ObjectiveStatus.COMPLETED;
        }
    }

    private final PeriodInfo period;
    private final Instant asOf;
    private final List<Item> starts;
    private final Set<UUID> included;
    private final Set<UUID> matches;
    private final Map<UUID, List<BigDecimal>> series;
    private final int depth;
    private final Coverage coverage;

    CascadeAnswer(
            PeriodInfo period,
            Instant asOf,
            List<Item> starts,
            Set<UUID> included,
            Set<UUID> matches,
            Map<UUID, List<BigDecimal>> series,
            int depth,
            Coverage coverage) {
        this.period = period;
        this.asOf = asOf;
        this.starts = starts;
        this.included = included;
        this.matches = matches;
        this.series = series;
        this.depth = depth;
        this.coverage = coverage;
    }

    /** The answer for an organization without a period. */
    static CascadeAnswer empty(Instant asOf, Coverage coverage) {
        return new CascadeAnswer(null, asOf, List.of(), null, null, Map.of(), 0, coverage);
    }

    /** Writes the whole document ({@link CascadeResponse}'s shape); the generator needs a codec. */
    public void write(JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        gen.writeFieldName("period");
        gen.writeObject(period);
        gen.writeFieldName("asOf");
        gen.writeObject(asOf);
        gen.writeArrayFieldStart("nodes");
        Counts counts = new Counts();
        record Frame(Item item, int depth) {}
        Deque<Frame> stack = new ArrayDeque<>();
        for (int i = starts.size() - 1; i >= 0; i--) {
            stack.push(new Frame(starts.get(i), 0));
        }
        while (!stack.isEmpty()) {
            Frame frame = stack.pop();
            Item item = frame.item();
            if (!item.row.visible() || (included != null && !included.contains(item.row.id()))) {
                continue;
            }
            counts.add(item.row);
            if (frame.depth() <= depth) {
                writeNode(gen, item, frame.depth() == 0 ? null : item.parent, frame.depth());
            }
            for (int c = item.children.size() - 1; c >= 0; c--) {
                stack.push(new Frame(item.children.get(c), frame.depth() + 1));
            }
        }
        gen.writeEndArray();
        gen.writeFieldName("summary");
        gen.writeObject(counts.summary(coverage));
        gen.writeEndObject();
    }

    private void writeNode(JsonGenerator gen, Item item, Item parent, int nodeDepth) throws IOException {
        Row row = item.row;
        gen.writeStartObject();
        gen.writeStringField("id", row.id().toString());
        gen.writeStringField("parentId", parent == null ? null : parent.row.id().toString());
        gen.writeStringField("title", row.title());
        gen.writeStringField("level", row.level().name());
        gen.writeObjectFieldStart("owner");
        gen.writeStringField("id", row.ownerId().toString());
        gen.writeStringField("name", row.ownerName());
        gen.writeEndObject();
        if (row.teamId() == null) {
            gen.writeNullField("team");
        } else {
            gen.writeObjectFieldStart("team");
            gen.writeStringField("id", row.teamId().toString());
            gen.writeStringField("name", row.teamName());
            gen.writeEndObject();
        }
        gen.writeStringField("status", row.status().name());
        gen.writeStringField("health", row.health().name());
        gen.writeNumberField("progress", row.progress());
        gen.writeNumberField("weight", row.weight());
        BigDecimal contribution = null;
        if (parent != null && item.countsInRollup() && parent.rolledUpWeight.signum() > 0) {
            contribution = row.weight().multiply(HUNDRED).divide(parent.rolledUpWeight, 2, RoundingMode.HALF_UP);
        }
        gen.writeNumberField("contributionPercent", contribution);
        gen.writeNumberField("childCount", item.children.size());
        gen.writeNumberField("hiddenChildCount", item.hiddenChildren);
        gen.writeNumberField("depth", nodeDepth);
        gen.writeBooleanField("match", matches != null && matches.contains(row.id()));
        gen.writeBooleanField("canOpen", row.visible());
        List<BigDecimal> points = series.get(row.id());
        if (points == null) {
            gen.writeNullField("series");
        } else {
            gen.writeArrayFieldStart("series");
            for (BigDecimal point : points) {
                gen.writeNumber(point);
            }
            gen.writeEndArray();
        }
        gen.writeEndObject();
    }

    /** The summary's counts, gathered while the nodes are written. */
    private static final class Counts {
        int nodes;
        final Map<Health, Long> byHealth = new EnumMap<>(Health.class);
        final Map<ObjectiveStatus, Long> byStatus = new EnumMap<>(ObjectiveStatus.class);
        final Map<ObjectiveLevel, BigDecimal[]> sums = new EnumMap<>(ObjectiveLevel.class);

        void add(Row row) {
            nodes++;
            byHealth.merge(row.health(), 1L, Long::sum);
            byStatus.merge(row.status(), 1L, Long::sum);
            BigDecimal[] sum =
                    sums.computeIfAbsent(row.level(), l -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            sum[0] = sum[0].add(row.progress());
            sum[1] = sum[1].add(BigDecimal.ONE);
        }

        Summary summary(Coverage coverage) {
            Map<ObjectiveLevel, BigDecimal> averages = new EnumMap<>(ObjectiveLevel.class);
            sums.forEach((level, sum) -> averages.put(level, sum[0].divide(sum[1], 2, RoundingMode.HALF_UP)));
            return new Summary(nodes, byHealth, byStatus, averages, coverage);
        }
    }
}
