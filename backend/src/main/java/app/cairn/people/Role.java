package app.cairn.people;

/** What a person may do beyond their own work. "Manager" is not a role: it follows from having reports. */
public enum Role {
    ADMIN,
    EMPLOYEE
}
