from dialogues.session import Session


def test_session_json_round_trip_resumes_mid_flow(engine):
    reply = engine.start("rondleiding")
    reply = engine.handle(reply.session, "het ligt aan de woningcorporatie, die moeten iets doen")
    restored = Session.from_dict(reply.session.to_dict())
    assert restored == reply.session
    assert engine.handle(restored, "ok").state == engine.handle(reply.session, "ok").state
