using System.Reflection;

namespace SupportBot.Knowledge;

/// <summary>
/// The contract between the code and messages.yaml: every message key the bot uses, with the placeholders it fills.
/// `validate` and every reload check the files against this list, so a renamed or deleted key is a file:line error
/// and the last good version keeps serving. Code asks for text only through these keys.
/// </summary>
public static class MessageKeys
{
    // cancel.*
    public static readonly MessageKey CancelAskOrderNumber = new("cancel.ask_order_number");
    public static readonly MessageKey CancelAskPayment = new("cancel.ask_payment");
    public static readonly MessageKey CancelAskSeller = new("cancel.ask_seller");
    public static readonly MessageKey CancelPreviewCancel = new("cancel.preview_cancel", "stage");
    public static readonly MessageKey CancelPreviewCancelPreparing = new("cancel.preview_cancel_preparing", "stage");
    public static readonly MessageKey CancelPreviewRefuseDelivery = new("cancel.preview_refuse_delivery", "stage");
    public static readonly MessageKey CancelPreviewReturn = new("cancel.preview_return", "stage");
    public static readonly MessageKey CancelAskStage = new("cancel.ask_stage");
    public static readonly MessageKey CancelOrderFound = new("cancel.order_found", "orderNumber");
    public static readonly MessageKey CancelOrderNumberNotFound = new("cancel.order_number_not_found", "orderNumber");
    public static readonly MessageKey CancelOrderNumberRetry = new("cancel.order_number_retry", "example");
    public static readonly MessageKey CancelOrderNumberThirdInvalid = new("cancel.order_number_third_invalid");

    // choice.*
    public static readonly MessageKey ChoiceUnknown = new("choice.unknown");

    // column.* (a table's column name when a row is shown with labels) are checked by coverage, not declared here.

    // common.*
    public static readonly MessageKey CommonClosingSolved = new("common.closing_solved");
    public static readonly MessageKey CommonClosingThanks = new("common.closing_thanks");
    public static readonly MessageKey CommonDidThatSolve = new("common.did_that_solve");
    public static readonly MessageKey CommonNo = new("common.no");
    public static readonly MessageKey CommonYes = new("common.yes");

    // error.*
    public static readonly MessageKey ErrorStateReset = new("error.state_reset");
    public static readonly MessageKey ErrorTurn = new("error.turn");
    public static readonly MessageKey ErrorTurnReset = new("error.turn_reset");

    // escalation.*
    public static readonly MessageKey EscalationAgentJoined = new("escalation.agent_joined");
    public static readonly MessageKey EscalationAlreadyOpen = new("escalation.already_open", "ticketId");
    public static readonly MessageKey EscalationApology = new("escalation.apology");
    public static readonly MessageKey EscalationHandedBack = new("escalation.handed_back");
    public static readonly MessageKey EscalationHandoffFailed = new("escalation.handoff_failed", "ticketId");
    public static readonly MessageKey EscalationDeskClosed = new("escalation.desk_closed", "hours", "opens");
    public static readonly MessageKey EscalationDeskOpen = new("escalation.desk_open", "hours");
    public static readonly MessageKey EscalationDeskOpenWait = new("escalation.desk_open_wait", "hours", "minutes");
    public static readonly MessageKey EscalationLapsed = new("escalation.lapsed", "ticketId");
    public static readonly MessageKey EscalationMessageQueued = new("escalation.message_queued", "ticketId");
    public static readonly MessageKey EscalationQueueNext = new("escalation.queue_next");
    public static readonly MessageKey EscalationQueuePosition = new("escalation.queue_position", "ahead");
    public static readonly MessageKey EscalationStillWaiting = new("escalation.still_waiting", "ticketId", "minutes");
    public static readonly MessageKey EscalationStillWaitingButton = new("escalation.still_waiting_button");
    public static readonly MessageKey EscalationTicket = new("escalation.ticket", "ticketId");
    public static readonly MessageKey EscalationWhileWaiting = new("escalation.while_waiting");
    public static readonly MessageKey EscalationTopicWhileWaiting = new("escalation.topic_while_waiting", "topic");
    public static readonly MessageKey EscalationWithdrawButton = new("escalation.withdraw_button");
    public static readonly MessageKey EscalationWithdrawn = new("escalation.withdrawn", "ticketId");

    // door.*
    public static readonly MessageKey DoorChannelRefused = new("door.channel_refused", "channel", "admitted");

    // survey.*
    public static readonly MessageKey SurveyAskComment = new("survey.ask_comment");
    public static readonly MessageKey SurveyAskRating = new("survey.ask_rating");
    public static readonly MessageKey SurveySkip = new("survey.skip");
    public static readonly MessageKey SurveyThanks = new("survey.thanks");

    // failed.*
    public static readonly MessageKey FailedAfterFailureIntro = new("failed.after_failure_intro");
    public static readonly MessageKey FailedAskCause = new("failed.ask_cause");
    public static readonly MessageKey FailedAskKind = new("failed.ask_kind");
    public static readonly MessageKey FailedAskRejection = new("failed.ask_rejection");
    public static readonly MessageKey FailedAskResult = new("failed.ask_result");
    public static readonly MessageKey FailedButtonSolved = new("failed.button.solved");
    public static readonly MessageKey FailedButtonStillFails = new("failed.button.still_fails");
    public static readonly MessageKey FailedCauseUnknown = new("failed.cause_unknown");
    public static readonly MessageKey FailedKindFailed = new("failed.kind.failed");
    public static readonly MessageKey FailedKindRefused = new("failed.kind.refused");
    public static readonly MessageKey FailedRefusedIntro = new("failed.refused_intro");
    public static readonly MessageKey FailedRemedyIntro = new("failed.remedy_intro");

    // faq.*
    public static readonly MessageKey FaqDidThatAnswer = new("faq.did_that_answer");
    public static readonly MessageKey FaqIntro = new("faq.intro");
    public static readonly MessageKey FaqNoMatch = new("faq.no_match");

    // help.*
    public static readonly MessageKey HelpCause = new("help.cause");
    public static readonly MessageKey HelpConfirm = new("help.confirm");
    public static readonly MessageKey HelpFaq = new("help.faq");
    public static readonly MessageKey HelpGeneral = new("help.general");
    public static readonly MessageKey HelpMenu = new("help.menu");
    public static readonly MessageKey HelpOrderNumber = new("help.order_number");
    public static readonly MessageKey HelpPayment = new("help.payment");
    public static readonly MessageKey HelpRefundDate = new("help.refund_date");
    public static readonly MessageKey HelpSeller = new("help.seller");
    public static readonly MessageKey HelpStage = new("help.stage");
    public static readonly MessageKey HelpStillFails = new("help.still_fails");

    // marketplace.*
    public static readonly MessageKey MarketplaceAskSilent = new("marketplace.ask_silent");
    public static readonly MessageKey MarketplaceComeBack = new("marketplace.come_back");
    public static readonly MessageKey MarketplaceOfferPerson = new("marketplace.offer_person");
    public static readonly MessageKey MarketplaceSilenceRule = new("marketplace.silence_rule", "contacts", "hours");

    // menu.*
    public static readonly MessageKey MenuPrompt = new("menu.prompt");

    // message.*
    public static readonly MessageKey MessageTooLong = new("message.too_long", "limit");

    // nav.*
    public static readonly MessageKey NavChangeOfMind = new("nav.change_of_mind");
    public static readonly MessageKey NavClarify = new("nav.clarify");
    public static readonly MessageKey NavApologyThenHelp = new("nav.apology_then_help");
    public static readonly MessageKey NavComplaintOffer = new("nav.complaint_offer");
    public static readonly MessageKey NavFactCorrected = new("nav.fact_corrected", "fact");
    public static readonly MessageKey NavDaysAgo = new("nav.days_ago", "days");
    public static readonly MessageKey NavFactsNoted = new("nav.facts_noted", "facts");
    public static readonly MessageKey NavFactsOrderNumber = new("nav.facts_order_number", "orderNumber");
    public static readonly MessageKey NavFactsOther = new("nav.facts_other");
    public static readonly MessageKey NavGoodbye = new("nav.goodbye");
    public static readonly MessageKey NavOrderNumberCorrected = new("nav.order_number_corrected", "orderNumber");
    public static readonly MessageKey NavQuit = new("nav.quit");
    public static readonly MessageKey NavResume = new("nav.resume");
    public static readonly MessageKey NavNoted = new("nav.noted");
    public static readonly MessageKey NavCorrectionWhich = new("nav.correction_which");
    public static readonly MessageKey NavStartOver = new("nav.start_over");
    public static readonly MessageKey NavThanks = new("nav.thanks");

    // not_understood.*
    public static readonly MessageKey NotUnderstoodFirst = new("not_understood.first");
    public static readonly MessageKey NotUnderstoodSecond = new("not_understood.second");

    // order_number.*
    public static readonly MessageKey OrderNumberExample = new("order_number.example");

    // orders.*
    public static readonly MessageKey OrdersCancelAccepted = new("orders.cancel_accepted", "orderNumber");
    public static readonly MessageKey OrdersCancelFailed = new("orders.cancel_failed", "cause");
    public static readonly MessageKey OrdersFoundDetails = new("orders.found_details", "stage", "seller", "payment");
    public static readonly MessageKey OrdersOfferSend = new("orders.offer_send");
    public static readonly MessageKey OrdersUnavailable = new("orders.unavailable");

    // outcome.*
    public static readonly MessageKey OutcomeCautionsHeader = new("outcome.cautions_header");
    public static readonly MessageKey OutcomeIfFailsHeader = new("outcome.if_fails_header");
    public static readonly MessageKey OutcomePersonOffer = new("outcome.person_offer");
    public static readonly MessageKey OutcomeRefundLine = new("outcome.refund_line", "payment", "expected", "via");
    public static readonly MessageKey OutcomeShowCautions = new("outcome.show_cautions");
    public static readonly MessageKey OutcomeShowIfFails = new("outcome.show_if_fails");
    public static readonly MessageKey OutcomeUnderstood = new("outcome.understood", "stage", "seller");

    // page.*
    public static readonly MessageKey PageAgentLabel = new("page.agent_label", "name");
    public static readonly MessageKey PageConnecting = new("page.connecting");
    public static readonly MessageKey PageConnectionFailed = new("page.connection_failed");
    public static readonly MessageKey PagePlaceholder = new("page.placeholder");
    public static readonly MessageKey PageSend = new("page.send");
    public static readonly MessageKey PageTitle = new("page.title", "store");

    // refund.*
    public static readonly MessageKey RefundAllTimingsIntro = new("refund.all_timings_intro");
    public static readonly MessageKey RefundAskPayment = new("refund.ask_payment");
    public static readonly MessageKey RefundAskWhen = new("refund.ask_when");
    public static readonly MessageKey RefundExpected = new("refund.expected", "payment", "expected");
    public static readonly MessageKey RefundHowToCheckIntro = new("refund.how_to_check_intro");
    public static readonly MessageKey RefundNothingPaid = new("refund.nothing_paid", "payment");
    public static readonly MessageKey RefundIfMarketplace = new("refund.if_marketplace");
    public static readonly MessageKey RefundPaidAtDeliveryEither = new("refund.paid_at_delivery_either", "payment", "via", "expected");
    public static readonly MessageKey RefundMarketplaceVia = new("refund.marketplace_via", "via");
    public static readonly MessageKey RefundAskReceived = new("refund.ask_received");
    public static readonly MessageKey RefundPaidAtDelivery = new("refund.paid_at_delivery", "payment", "expected", "via");
    public static readonly MessageKey RefundOverdue = new("refund.overdue", "days", "limit");
    public static readonly MessageKey RefundWhenRetry = new("refund.when_retry");
    public static readonly MessageKey RefundWithin = new("refund.within", "days", "limit");

    // scope.*
    public static readonly MessageKey ScopeDeclined = new("scope.declined");
    public static readonly MessageKey ScopeNotCovered = new("scope.not_covered");
    public static readonly MessageKey ScopeQuestionNotCovered = new("scope.question_not_covered");
    public static readonly MessageKey ScopeNotCoveredHere = new("scope.not_covered_here");
    public static readonly MessageKey ScopeNamed = new("scope.named", "topic");
    public static readonly MessageKey ScopeNamedHere = new("scope.named_here", "topic");
    public static readonly MessageKey ScopeQuestionNotHere = new("scope.question_not_here");

    // seller.*
    public static readonly MessageKey SellerHowToTell = new("seller.how_to_tell");

    // shipped_anyway.*
    public static readonly MessageKey ShippedAnywayIntro = new("shipped_anyway.intro");

    // stage.*
    public static readonly MessageKey StageHowToSee = new("stage.how_to_see");

    // welcome.*
    public static readonly MessageKey WelcomeGreeting = new("welcome.greeting");

    // withdraw.*
    public static readonly MessageKey WithdrawInsteadIntro = new("withdraw.instead_intro");
    public static readonly MessageKey WithdrawOfferPerson = new("withdraw.offer_person");
    private static readonly Lazy<IReadOnlyDictionary<string, MessageKey>> ByName = new(() =>
        typeof(MessageKeys).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(MessageKey))
            .Select(f => (MessageKey)f.GetValue(null)!)
            .ToDictionary(k => k.Name, StringComparer.Ordinal));

    /// <summary>Every key the code uses, in key order.</summary>
    public static IReadOnlyList<MessageKey> All => [.. ByName.Value.Values.OrderBy(k => k.Name, StringComparer.Ordinal)];

    /// <summary>The declared key named <paramref name="name"/> (a key kept in dialog state, for example).</summary>
    /// <exception cref="KeyNotFoundException">Not declared here: a programming error caught by tests.</exception>
    public static MessageKey Find(string name) =>
        ByName.Value.TryGetValue(name, out var key) ? key : throw new KeyNotFoundException($"Message key '{name}' is not declared in MessageKeys.");

    public static bool IsDeclared(string name) => ByName.Value.ContainsKey(name);
}
