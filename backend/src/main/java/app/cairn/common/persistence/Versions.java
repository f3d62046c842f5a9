package app.cairn.common.persistence;

import app.cairn.common.error.ApiException;

/** Optimistic locking at the API: a write names the version it read; another version is a 409. */
public final class Versions {

    private Versions() {}

    public static void check(Integer requested, int current, String what) {
        if (requested == null) {
            throw ApiException.invalid("version", "is required: send the version you loaded");
        }
        if (requested != current) {
            throw ApiException.staleVersion(what);
        }
    }
}
