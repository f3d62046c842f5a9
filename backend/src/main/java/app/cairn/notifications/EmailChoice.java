package app.cairn.notifications;

/** How a kind of notification reaches a person by e-mail. */
public enum EmailChoice {
    /** Never by e-mail. */
    OFF,
    /** One e-mail per notification, right after it is created. */
    IMMEDIATE,
    /** Collected into one e-mail a day, at 08:00 in the person's time zone. */
    DIGEST
}
