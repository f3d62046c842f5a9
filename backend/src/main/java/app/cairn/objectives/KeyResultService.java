package app.cairn.objectives;

import app.cairn.common.error.ApiException;
import app.cairn.common.persistence.Versions;
import app.cairn.objectives.dto.KeyResultRequest;
import app.cairn.objectives.dto.KeyResultResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** Adds, changes and removes key results; each change re-computes progress up the cascade. */
@ApplicationScoped
public class KeyResultService {

    private final KeyResultRepository keyResults;
    private final ObjectiveService objectives;
    private final ObjectiveAccess access;
    private final ProgressRollup rollup;

    public KeyResultService(
            KeyResultRepository keyResults,
            ObjectiveService objectives,
            ObjectiveAccess access,
            ProgressRollup rollup) {
        this.keyResults = keyResults;
        this.objectives = objectives;
        this.access = access;
        this.rollup = rollup;
    }

    @Transactional
    public KeyResultResponse add(UUID objectiveId, KeyResultRequest request) {
        Objective objective = objectives.editableForKeyResults(objectiveId);
        KeyResult kr = new KeyResult();
        KeyResultRules.apply(kr, request, "", true);
        kr.orgId = objective.orgId;
        kr.objectiveId = objective.id;
        kr.position = (int) keyResults.countFor(objective.id);
        keyResults.persist(kr);
        rollup.changed(objective.id);
        return KeyResultRules.toResponse(kr);
    }

    @Transactional
    public KeyResultResponse update(UUID id, KeyResultRequest request) {
        KeyResult kr = find(id);
        objectives.editableForKeyResults(kr.objectiveId);
        Versions.check(request.version(), kr.version, "This key result");
        KeyResultRules.apply(kr, request, "", false);
        keyResults.flush();
        rollup.changed(kr.objectiveId);
        return KeyResultRules.toResponse(kr);
    }

    @Transactional
    public void delete(UUID id) {
        KeyResult kr = find(id);
        objectives.editableForKeyResults(kr.objectiveId);
        keyResults.delete(kr);
        rollup.changed(kr.objectiveId);
    }

    /**
     * A key result of an objective the caller may see; otherwise the same 404 as for an id that never
     * existed (the hidden objective is never named).
     */
    public KeyResult find(UUID id) {
        return keyResults
                .findInOrg(access.orgId(), id)
                .filter(kr -> objectives.visible(kr.objectiveId).isPresent())
                .orElseThrow(() -> ApiException.notFound("Key result " + id));
    }
}
