from dialogues.session import Session


def test_session_json_round_trip_resumes_mid_flow(engine):
    reply = engine.start("rondleiding")
    reply = engine.handle(reply.session, "het ligt aan de woningcorporatie, die moeten iets doen")
    restored = Session.from_dict(reply.session.to_dict())
    assert restored == reply.session
    assert engine.handle(restored, "ok").state == engine.handle(reply.session, "ok").state


def test_the_mode_commands_of_help_start_their_mode_from_the_menu(engine):
    menu = engine.menu()
    assert engine.handle(menu.session, "/rondleiding").state["mode"] == "rondleiding"
    assert engine.handle(menu.session, "/oefen").choices[0].value.startswith("scenario:")
    drill = engine.handle(menu.session, "/vragenreeks klant")
    assert (drill.state["mode"], drill.state["interaction_type"]) == ("vragenreeks", "klant")
    unknown_type = engine.handle(menu.session, "/vragenreeks iedereen")
    assert [c.value for c in unknown_type.choices] == ["type:bezoeker", "type:klager", "type:klant"]
