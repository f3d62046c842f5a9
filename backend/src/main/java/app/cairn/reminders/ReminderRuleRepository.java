package app.cairn.reminders;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class ReminderRuleRepository implements PanacheRepositoryBase<ReminderRule, UUID> {}
