"""Every language, end to end through the app: the registration page, a form error, the
confirmation e-mail, the decision e-mail and the badge's category label. And the delegate's
language wins over the language of the officer who acts."""

from datetime import date, timedelta

import pytest
from flask import current_app
from sqlalchemy import select

from gsnp_events.accreditation.workflow import Actor, perform
from gsnp_events.badges import services as badges
from gsnp_events.badges import tokens
from gsnp_events.extensions import db
from gsnp_events.models import OutboxMessage, Registration, Role
from tests.factories import make_event, make_organisation, make_registration, make_staff

# What each language says for: the heading of the registration page, the error for an empty
# given name, the confirmation e-mail's subject and a sentence of its body, the approval
# e-mail's subject, and the default badge label of delegates.
EXPECTED = {
    "en": (
        "Register for Baku 2026",
        "Enter your given name(s), as in your passport.",
        "Founding Assembly: please confirm your e-mail address",
        "Thank you for registering for Founding Assembly.",
        "Founding Assembly: your registration is approved",
        "DELEGATE",
    ),
    "fr": (
        "S’inscrire à Baku 2026",
        "Saisissez votre ou vos prénoms, comme dans votre passeport.",
        "Founding Assembly : veuillez confirmer votre adresse électronique",
        "Merci de vous être inscrit(e) à Founding Assembly.",
        "Founding Assembly : votre inscription est approuvée",
        "DÉLÉGUÉ",
    ),
    "es": (
        "Inscribirse en Baku 2026",
        "Introduzca su nombre o nombres, como en su pasaporte.",
        "Founding Assembly: confirme su dirección de correo electrónico",
        "Gracias por inscribirse en Founding Assembly.",
        "Founding Assembly: su inscripción ha sido aprobada",
        "DELEGADO",
    ),
    "ar": (
        "التسجيل في Baku 2026",
        "أدخلوا الاسم الأول (أو الأسماء) كما في جواز سفركم.",
        "Founding Assembly: يُرجى تأكيد عنوان بريدكم الإلكتروني",
        "شكرًا لتسجيلكم في Founding Assembly.",
        "Founding Assembly: تمت الموافقة على تسجيلكم",
        "مندوب",
    ),
    "ru": (
        "Регистрация на Baku 2026",
        "Введите имя (имена), как в паспорте.",
        "Founding Assembly: подтвердите адрес электронной почты",
        "Спасибо за регистрацию на Founding Assembly.",
        "Founding Assembly: ваша регистрация утверждена",
        "ДЕЛЕГАТ",
    ),
    "pt": (
        "Inscrever-se em Baku 2026",
        "Informe o(s) seu(s) nome(s), como no passaporte.",
        "Founding Assembly: confirme o seu endereço de e-mail",
        "Obrigado por se inscrever em Founding Assembly.",
        "Founding Assembly: a sua inscrição foi aprovada",
        "DELEGADO",
    ),
    "az": (
        "Baku 2026 tədbirində qeydiyyat",
        "Adınızı (adlarınızı) pasportdakı kimi daxil edin.",
        "Founding Assembly: e-poçt ünvanınızı təsdiqləyin",
        "Founding Assembly tədbirində qeydiyyatdan keçdiyiniz üçün təşəkkür edirik.",
        "Founding Assembly: qeydiyyatınız təsdiqlənib",
        "NÜMAYƏNDƏ",
    ),
}
LANGUAGES = list(EXPECTED)


@pytest.fixture
def event():
    return make_event(
        "baku",
        name="Founding Assembly",
        short_name="Baku 2026",
        languages=LANGUAGES,
    )


def form_data(organisation, language, **overrides):
    from tests.factories import registration_data

    return registration_data(organisation, preferred_language=language, **overrides)


def test_every_language_is_offered_by_the_app(app):
    assert app.config["LANGUAGES"] == LANGUAGES


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_registration_page_and_its_errors_are_in_the_chosen_language(client, event, language):
    heading, error, *_ = EXPECTED[language]
    page = client.get(f"/events/baku/register?lang={language}").get_data(as_text=True)
    assert f'<html lang="{language}" dir="{"rtl" if language == "ar" else "ltr"}">' in page
    assert heading.replace("Baku 2026", "<bdi>Baku 2026</bdi>") in page or heading in page

    organisation = make_organisation()
    response = client.post(
        f"/events/baku/register?lang={language}",
        data=form_data(organisation, language, given_name="", family_name="Ngozi"),
    )
    assert response.status_code == 200  # the form again, not a redirect
    page = response.get_data(as_text=True)
    assert error in page
    assert 'value="Ngozi"' in page  # what was typed stays


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_confirmation_email_is_in_the_delegates_language(client, event, language):
    *_, subject, sentence, _approved, _label = EXPECTED[language]
    organisation = make_organisation()
    # The page is in English; the delegate chose their language for e-mails.
    response = client.post("/events/baku/register?lang=en", data=form_data(organisation, language))
    assert response.status_code == 302
    message = db.session.scalars(select(OutboxMessage)).one()
    assert message.language == language
    assert message.subject == subject
    # Both parts isolate the event's name, so it keeps its direction in any language: the
    # text part between FSI and PDI, the HTML part in <bdi>.
    assert sentence.replace("Founding Assembly", "\u2068Founding Assembly\u2069") in (
        message.body_text
    )
    assert (
        sentence.replace("Founding Assembly", "<bdi>Founding Assembly</bdi>") in message.body_html
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_badge_category_label_is_in_the_badges_language(app, language):
    event = make_event("badge", languages=[language])
    registration = make_registration(event, status="approved", organisation=make_organisation())
    key = tokens.signing_key(current_app.config)
    (badge,) = badges.load_badges(event, [registration.id], {registration.id: 1}, key)
    assert badge.category_label == EXPECTED[language][-1]


def test_a_label_the_organisers_typed_shows_as_typed(app):
    event = make_event("custom", languages=["fr"])
    event.categories[0].badge_label = "DÉLÉGATION OFFICIELLE"
    db.session.commit()
    registration = make_registration(event, status="approved", organisation=make_organisation())
    key = tokens.signing_key(current_app.config)
    (badge,) = badges.load_badges(event, [registration.id], {registration.id: 1}, key)
    assert badge.category_label == "DÉLÉGATION OFFICIELLE"


def test_an_arabic_speaking_delegate_approved_by_an_english_speaking_officer_reads_arabic(
    client, event
):
    officer = make_staff(Role.ACCREDITATION_OFFICER, event)
    registration = make_registration(
        event,
        status="submitted",
        preferred_language="ar",
        organisation=make_organisation(),
        arrival_date=date.today() + timedelta(days=29),
    )
    # The officer works in English: a request context whose locale is English.
    with current_app.test_request_context("/?lang=en", headers={"Accept-Language": "en"}):
        perform(registration, "approve", Actor.staff_user(officer))
    message = db.session.scalars(
        select(OutboxMessage).where(OutboxMessage.registration_id == registration.id)
    ).one()
    assert message.language == "ar"
    assert message.subject == EXPECTED["ar"][4]
    assert "تمت الموافقة على تسجيلكم" in message.body_text
    assert 'lang="ar"' in message.body_html and 'dir="rtl"' in message.body_html
    assert db.session.get(Registration, registration.id).status == "approved"


@pytest.mark.parametrize("language", ["fr", "ru", "ar"])
def test_the_approval_email_follows_each_delegates_language(event, language):
    officer = make_staff(Role.ACCREDITATION_OFFICER, event)
    registration = make_registration(
        event, status="submitted", preferred_language=language, organisation=make_organisation()
    )
    perform(registration, "approve", Actor.staff_user(officer))
    message = db.session.scalars(
        select(OutboxMessage).where(OutboxMessage.registration_id == registration.id)
    ).one()
    assert message.subject == EXPECTED[language][4]


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("fr", "Envoyez un jeton d’API valide : Authorization: Bearer ..."),
        ("ar", "أرسلوا رمزًا صالحًا للواجهة البرمجية: Authorization: Bearer ..."),
        ("az", "Etibarlı API tokeni göndərin: Authorization: Bearer ..."),
    ],
)
def test_api_errors_follow_accept_language(client, event, language, message):
    response = client.get(
        "/api/v1/events/baku/registrations", headers={"Accept-Language": language}
    )
    assert response.status_code == 401
    assert response.get_json()["error"]["message"] == message


@pytest.mark.parametrize(
    ("language", "name"), [("en", "State of Palestine"), ("fr", "État de Palestine")]
)
def test_badges_name_the_country_as_the_un_does(app, language, name):
    event = make_event("un", languages=[language])
    registration = make_registration(
        event, status="approved", nationality_code="PS", organisation=make_organisation()
    )
    key = tokens.signing_key(current_app.config)
    (badge,) = badges.load_badges(event, [registration.id], {registration.id: 1}, key)
    assert badge.country == name
