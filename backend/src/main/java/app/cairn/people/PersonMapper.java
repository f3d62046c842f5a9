package app.cairn.people;

import app.cairn.common.web.Ref;
import app.cairn.people.PersonRepository.PersonView;
import app.cairn.people.dto.PersonResponse;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class PersonMapper {

    public PersonResponse toResponse(PersonView view) {
        Person p = view.person();
        return new PersonResponse(
                p.id,
                p.email,
                p.name,
                p.title,
                Ref.of(p.teamId, view.teamName()),
                Ref.of(p.managerId, view.managerName()),
                p.roles,
                p.active,
                p.passwordHash == null,
                view.reportCount(),
                p.createdAt,
                p.updatedAt,
                p.version);
    }
}
