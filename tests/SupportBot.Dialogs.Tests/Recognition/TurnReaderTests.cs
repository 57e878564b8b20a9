using SupportBot.Dialogs.Engine.Choices;
using SupportBot.Knowledge;
using SupportBot.Understanding;

namespace SupportBot.Dialogs.Tests.Recognition;

public sealed class TurnReaderTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 12, 0, 0, TimeSpan.FromHours(9));
    private static readonly OfflineRecognizer Recognizer = new(RepositoryKnowledge.Instance);

    private static TurnReading Read(string text, string locale = "ja-JP")
    {
        var knowledge = RepositoryKnowledge.Instance.Current;
        var canonical = JapaneseReadings.Canonical(text, knowledge.Vocabulary);
        return TurnReader.Read(canonical, RecognizedTurn.From(Recognizer.Recognize(canonical, locale, Now)), knowledge);
    }

    [Theory]
    [InlineData("やっぱりキャンセルしないことにします", TurnActs.ChangeOfMind)]
    [InlineData("on second thought I'll keep it", TurnActs.ChangeOfMind)]
    [InlineData("もうロボットはええけん人間出してくれや", TurnActs.Person)]
    [InlineData("キャンセルしたのに届いた。人と話させてくれ", TurnActs.Person)]
    [InlineData("ポイントっていつ付くんですか？", TurnActs.OutOfScope)]
    [InlineData("出品者に連絡したけど返事こーへんねん", TurnActs.SellerSilent)]
    [InlineData("ごめん、見間違えてた。もう発送済みやった", TurnActs.Correction)]
    [InlineData("わかった〜送ってみる", TurnActs.Acknowledge)]
    [InlineData("返品時の送料はこちらの負担になりますか。", TurnActs.Question)]
    [InlineData("返品したらいつ金戻る?", TurnActs.RefundWhen)]
    [InlineData("how long until the refund shows up on my card", TurnActs.RefundWhen)]
    [InlineData("大丈夫です、自分で調べます", TurnActs.NoNeed)]
    [InlineData("もう一つの注文もキャンセルしたいです", TurnActs.AnotherOrder)]
    [InlineData("キャンセルしたら親にメールいく？？バレたくないんだけど💦", TurnActs.Question)]
    [InlineData("うん ひと と はなし たい", TurnActs.Person)]
    [InlineData("やはり取り消さずに、そのままでお願いいたします", TurnActs.ChangeOfMind)]
    [InlineData("sorry no need cancel already", TurnActs.ChangeOfMind)]
    [InlineData("salamat po", TurnActs.Thanks)]
    [InlineData("返品しました。いつお金は戻りますか", TurnActs.AlreadyDone)]
    [InlineData("かえしたのは 10日ほど まえです", TurnActs.AlreadyDone)]
    [InlineData("昨日キャンセルしたからお金返して", TurnActs.AlreadyDone)]
    [InlineData("Seller finally accepted my cancellation 5 days ago", TurnActs.AlreadyDone)]
    [InlineData("キャンセルして もう8日たつとに デビットの口座にお金がもどっとらんとよ", TurnActs.MoneyMissing)]
    [InlineData("明細にまだ請求載っとるやんけ", TurnActs.MoneyMissing)]
    [InlineData("でんわで ひとと おはなし できますか", TurnActs.Person)]
    [InlineData("遅すぎだろ 人いないの？", TurnActs.Complaint)]
    [InlineData("どなたか 手伝って もらえませんか", TurnActs.Person)]
    [InlineData("りょ！あざす✨", TurnActs.Thanks)]
    [InlineData("箱は開けちょらん。返せるかえ", TurnActs.Question)]
    [InlineData("機械と話すつもりはないぜよ", TurnActs.Person)]
    [InlineData("リールを注文しちょったがよ", TurnActs.Explains)]
    [InlineData("So my cancellation request was simply ignored? The seller has not answered any of my messages in five days.", TurnActs.SellerSilent)]
    [InlineData("でんわ ばんごう を おしえて くれ きかい とは はなさん ひと を だして くれ", TurnActs.Person)]
    [InlineData("米の方は 人に言ってごしない", TurnActs.Person)]
    [InlineData("だんだん", TurnActs.Thanks)]
    [InlineData("キャンセルはもうやめときます", TurnActs.ChangeOfMind)]
    [InlineData("送料ってこっち持ちなん", TurnActs.Question)]
    [InlineData("the seller accepted my cancel 2 days ago", TurnActs.AlreadyDone)]
    [InlineData("出品者さんからキャンセルになったって連絡が来ました", TurnActs.AlreadyDone)]
    [InlineData("カードの明細にまだ請求が載っとるんよ", TurnActs.MoneyMissing)]
    [InlineData("在庫がないって出品者からキャンセルになったのに、カードの明細にまだ請求が載っとるんよ", TurnActs.AlreadyDone)]
    [InlineData("あ、待って待って😳やっぱやめとく!!", TurnActs.ChangeOfMind)]
    [InlineData("にふぇーでーびる、またよー", TurnActs.Thanks)]
    [InlineData("いや昨日やない 一昨日やった", TurnActs.Correction)]
    [InlineData("あ ちがった ふざいひょう入ってただけ", TurnActs.Correction)]
    [InlineData("なんでこっちが受け取り拒否とかせんなんがキャンセルしたがに向こうのミスやろ", TurnActs.Complaint)]
    [InlineData("ギフト券の残高というのも見ましたが、増えとりません。", TurnActs.MoneyMissing)]
    public void A_message_is_read_into_its_acts(string text, TurnActs act) => Assert.True(Read(text).Has(act), Read(text).Acts.ToString());

    [Theory]
    [InlineData("まだ発送されてへん", "not_shipped")]
    [InlineData("今日届いちゃった", "received")]
    [InlineData("うちに とどいとったって", "received")]
    [InlineData("はっそうずみ に なってるわ", "shipped")]
    [InlineData("my shoes come yesterday", "received")]
    [InlineData("マダ ハッソウマエ", "not_shipped")]
    [InlineData("まだ発送されでねぇって書いであった", "not_shipped")]
    [InlineData("まだ届いでねぇです", "shipped")]
    [InlineData("まだ発送住みにはなってない", "not_shipped")]
    [InlineData("今朝もう受け取ってしもたんやて", "received")]
    [InlineData("昨日もう届いていました", "received")]
    [InlineData("箱は開けとらん", "received")]
    [InlineData("もうええ。竿は取り消す。まだ発送しちょらん", "not_shipped")]
    [InlineData("まだ出荷されとらへん", "not_shipped")]
    [InlineData("can cancel or not, the usb-c hub. havent ship", "not_shipped")]
    [InlineData("まだ発送はされておりません", "not_shipped")]
    [InlineData("まだ届いてはおりません", "shipped")]
    [InlineData("まだ はっそう されて なぃ", "not_shipped")]
    [InlineData("まだ受けとってない", "shipped")]
    [InlineData("娘から同じ本がもう家にあると聞きましたけん、取り消したいのです。画面を見るとまだ「発送前」となっとります。", "not_shipped")]
    [InlineData("同じのがうちにあるから要らない。ステータスは出荷準備中です", "preparing")]
    [InlineData("it is still not send, the page say arrive next week", "not_shipped")]
    [InlineData("not yet ship, pls cancel", "not_shipped")]
    [InlineData("「発送しました」というメールも届いています", "shipped")]
    public void Stages_are_read_as_customers_write_them(string text, string stage) => Assert.Equal(stage, Read(text).Turn.Stage);

    [Theory]
    [InlineData("ほかの おみせから こうた", "marketplace")]
    [InlineData("the shop is not amazon, is other shop", "marketplace")]
    [InlineData("アマゾンが売ってるやつ", "store")]
    [InlineData("amazon じゃない おみせ です", "marketplace")]
    [InlineData("お店が自分で売っているものです", "store")]
    public void Sellers_are_read_as_customers_write_them(string text, string seller) => Assert.Equal(seller, Read(text).Turn.Seller);

    [Theory]
    [InlineData("「キャンセルリクエストが承認されました」という件名のメールが届きました")]
    [InlineData("返信が来ないんです")]
    [InlineData("このまま発送されちゃったらどうなりますか")]
    [InlineData("これって私のキャンセルちゃんと届いてますか？")]
    public void An_email_or_reply_that_arrived_is_no_parcel_that_arrived(string text) => Assert.Null(Read(text).Turn.Stage);

    [Theory]
    [InlineData("what if it ships before i can cancel it")]
    [InlineData("If it is already shipped, can I refuse it?")]
    public void A_stage_supposed_is_no_stage_told(string text) => Assert.Null(Read(text, "en-US").Turn.Stage);

    [Fact]
    public void A_stage_heard_of_is_still_told() => Assert.Equal("shipped", Read("出品者にあかん言われた。もう発送したらしい").Turn.Stage);

    [Fact]
    public void An_email_from_the_store_names_no_seller() => Assert.Null(Read("Amazonからのメールも全然来てないんですけど").Turn.Seller);

    [Theory]
    [InlineData("ギフトカードの残高って使えますか", null)]
    [InlineData("i dont have credit card, i pay konbini", "convenience_atm")]
    [InlineData("i paid cash at lawson", "convenience_atm")]
    [InlineData("I picked daibiki so nothing is paid", "cash_on_delivery")]
    public void A_payment_word_inside_another_thing_is_no_payment(string text, string? payment) =>
        Assert.Equal(payment, Read(text, payment is null ? "ja-JP" : "en-US").Turn.PaymentMethod);

    [Theory]
    [InlineData("ギフト券の残高で払っとる")]
    [InlineData("I paid with my gift card")]
    public void A_way_to_pay_the_refund_table_does_not_list_is_a_payment_given(string text) =>
        Assert.Equal(KnowledgeIds.UnknownAnswer, Read(text).Turn.PaymentMethod);

    [Theory]
    [InlineData("主人に聞いたらコンビニ払いでした", TurnActs.Person)]
    [InlineData("対応してもらえると助かるんですが", TurnActs.Thanks)]
    [InlineData("キャンセルしたいけど返金はいつになりますか", TurnActs.AlreadyDone)]
    [InlineData("間違えてしまって、同じものを二つ注文しました", TurnActs.Acknowledge)]
    [InlineData("黒酢のサプリが昨日届いたけど 返品したかとですが", TurnActs.AlreadyDone)]
    [InlineData("ならもうキャンセルしたほうが早かかもしれん", TurnActs.AlreadyDone)]
    [InlineData("すいはんき とりけし たのむ", TurnActs.AlreadyDone)]
    [InlineData("キャンセルしてください。昨日注文しました", TurnActs.AlreadyDone)]
    [InlineData("Please help me cancel my order", TurnActs.Person)]
    [InlineData("平日は家に受け取れる人はいないので受取拒否したい", TurnActs.Person)]
    [InlineData("キャンセルしたらギフト券の残高が増えました、ありがとう", TurnActs.MoneyMissing)]
    [InlineData("Got it. Thanks.", TurnActs.Fact)]
    public void A_word_inside_another_says_no_such_act(string text, TurnActs act) => Assert.False(Read(text).Has(act), Read(text).Acts.ToString());

    [Fact]
    public void A_least_number_of_days_is_no_complaint() => Assert.False(Read("返金まで最低何日かかりますか").Turn.Frustrated);

    [Fact]
    public void A_stage_supposed_after_the_real_one_does_not_replace_it() =>
        Assert.Equal("shipped", Read("発送済みです。発送前ならキャンセルできたんですか？").Turn.Stage);

    [Theory]
    [InlineData("返金の振込はいつですか", null)]
    [InlineData("ポイント使って、残りはカードで払った", "credit_card")]
    [InlineData("代引きじゃったと思うんじゃけど あちゃうわカードじゃった", "credit_card")]
    [InlineData("Sorry, it was PayPay, not my card.", "e_money")]
    public void A_listed_payment_is_read_before_an_unlisted_one_and_a_refund_transfer_is_none(string text, string? payment) =>
        Assert.Equal(payment, Read(text).Turn.PaymentMethod);

    [Fact]
    public void A_return_said_as_if_is_not_done_yet() => Assert.False(Read("返品したらいつお金は戻りますか").Has(TurnActs.AlreadyDone));

    [Theory]
    [InlineData("画面を韓国語に変えたいです", "site_settings")]
    [InlineData("別の注文の届け先を実家に変えたいんですが", "address_change")]
    [InlineData("竿の配達の日を 来週に変えてもらえんかえ", "delivery_time")]
    [InlineData("suihanki no juusho kaetai. ryou hikkoshi shita", "address_change")]
    [InlineData("すみません、Amazonの画面を韓国語を変えることはできますか？", "site_settings")]
    [InlineData("btw the price dropped 2k yen since i bought. can refund the difference or not", "price_drop")]
    [InlineData("この店の名前で金を払えちゅうショートメールが来たがよ。あれは本物かえ", "suspicious_messages")]
    [InlineData("てかこの出品者の評価さげたいんじゃけどどうやってやるん？", "seller_rating")]
    public void Topics_out_of_scope_are_named_however_the_words_are_spread(string text, string topic) =>
        Assert.Equal(topic, Read(text).OutOfScopeTopic?.Id);

    [Theory]
    [InlineData("受取拒否と返品、どっちがいいですか？")]
    [InlineData("配送状況を見たら発送済みでした。まだキャンセルできますか？")]
    [InlineData("偽物が届きました。返金されますか？")]
    [InlineData("取り替えはできますか")]
    [InlineData("The delivery date is tomorrow, can I still cancel?")]
    public void A_question_the_chat_answers_names_no_topic_out_of_scope(string text) => Assert.Null(Read(text).OutOfScopeTopic);

    [Theory]
    [InlineData("しょっちゅう")]
    [InlineData("たいとる")]
    [InlineData("りっとる")]
    [InlineData("うけとらん")]
    [InlineData("おしえてねえ")]
    public void Standard_words_are_not_read_as_dialect_endings(string folded) => Assert.Equal(folded, SpokenJapanese.Simplify(folded));

    [Fact]
    public void A_payment_word_beside_another_without_a_correction_keeps_the_first() =>
        Assert.Equal("credit_card", Read("カードで払いましたが請求額が違います。ギフト券も使いました").Turn.PaymentMethod);

    [Fact]
    public void A_day_said_in_a_goodbye_is_no_fact() => Assert.False(Read("Very good. That is all for today.", "en-US").Has(TurnActs.Fact));

    [Fact]
    public void An_order_number_said_with_の_is_read() =>
        Assert.Equal("250-5102887-4409913", Read("ちゅうもんばんご250の5102887の4409913です").Turn.OrderNumber);

    [Fact]
    public void A_named_topic_out_of_scope_carries_its_label() =>
        Assert.Equal("points", Read("ポイントって戻ってくるん?").OutOfScopeTopic?.Id);

    [Fact]
    public void Stopping_an_order_is_cancelling_it_not_leaving() =>
        Assert.NotEqual(SupportIntents.Quit, Read("I need to stop an order, I don't want it anymore", "en-US").Turn.Intent);

    [Theory]
    [InlineData("すみません！キャンセルのボタンが押してしもうたです。ほんまはキャンセルしたくないです。取り消しできますか", true)]
    [InlineData("教科書のほうにキャンセルリクエスト送っちゃって…取り消しのほうってできますでしょうか", true)]
    [InlineData("昨日の夜キャンセルしたんよ。でも息子が大丈夫って言うけぇ、あのキャンセル、取り消せるかね？", true)]
    [InlineData("キャンセルしたいです。注文の取り消しはできますか", false)]
    [InlineData("キャンセルボタンを押しても取り消しできません", false)]
    [InlineData("キャンセルをお願いします。使ったポイントは元に戻りますか？", false)]
    [InlineData("注文を取り消したいです", false)]
    public void A_cancellation_sent_and_asked_back_is_a_withdrawal(string text, bool withdraws)
    {
        Assert.Equal(withdraws, Read(text).Turn.Intent == SupportIntents.WithdrawCancel);
    }

    [Fact]
    public void Stopping_the_cancellation_named_asks_for_no_cancellation()
    {
        var reading = Read("考えたらどうせ店で使うもんやし、そのまま受け取ります。キャンセルはもうやめときます");
        Assert.True(reading.Has(TurnActs.ChangeOfMind));
        Assert.False(reading.Has(TurnActs.Topic));
    }

    [Fact]
    public void A_refund_matter_is_not_declined_for_the_story_around_it() =>
        Assert.Null(Read("在庫がないって出品者からキャンセルになったのに、カードの明細にまだ請求が載っとるんよ").OutOfScopeTopic);

    [Theory]
    [InlineData("もし1週間を過ぎても戻ってこなかった場合には、どちらにお問い合わせすればよろしいのでしょうか。", "ja-JP")]
    [InlineData("who do I contact if the refund never shows up?", "en-US")]
    public void Asking_whom_to_contact_is_a_question_not_a_hand_off(string text, string locale)
    {
        var reading = Read(text, locale);
        Assert.True(reading.Has(TurnActs.Question));
        Assert.False(reading.Has(TurnActs.Person));
    }

    [Theory]
    [InlineData("主人に話したらキャンセルしろと言われました")]
    [InlineData("友人に言って受け取ってもらいます")]
    [InlineData("出品者の電話番号を教えてください")]
    [InlineData("どなたかに相談をしたいのですが", true)]
    [InlineData("配達の人に受け取らないって言えばいいの？")]
    public void Family_and_seller_details_ask_for_no_person(string text, bool person = false) =>
        Assert.Equal(person, Read(text).Has(TurnActs.Person));

    [Theory]
    [InlineData("Okay so I simply tell the delivery person I am not accepting?")]
    [InlineData("I have a dinner for 40 persons on saturday")]
    [InlineData("no need a person, I look myself", true)]
    [InlineData("担当者は大丈夫です、自分で調べます", true)]
    public void The_driver_or_a_person_declined_asks_for_no_person(string text, bool declined = false)
    {
        var reading = Read(text, text.Any(char.IsAsciiLetter) ? "en-US" : "ja-JP");
        Assert.False(reading.Has(TurnActs.Person), reading.Acts.ToString());
        Assert.Equal(declined, reading.Has(TurnActs.NoNeed));
    }

    [Fact]
    public void A_person_asked_for_beside_a_refund_not_needed_is_asked_for() =>
        Assert.True(Read("I don't need a refund anymore, I need a person to check my seller", "en-US").Has(TurnActs.Person));

    [Theory]
    [InlineData("だんだん心配になってきました")]
    [InlineData("明細見たけど、まだ請求が入ってました")]
    public void Words_inside_a_sentence_are_no_thanks(string text) =>
        Assert.False(Read(text).Has(TurnActs.Thanks | TurnActs.Acknowledge));

    [Theory]
    [InlineData("キャンセルしたのに、カードの請求が来てた")]
    [InlineData("出品者から返信来てた")]
    public void A_bill_or_a_reply_that_came_is_no_parcel(string text) => Assert.NotEqual("received", Read(text).Turn.Stage);

    [Fact]
    public void A_parcel_found_on_arrival_is_received() => Assert.Equal("received", Read("受け取ったら中身が違う商品でした").Turn.Stage);

    [Fact]
    public void A_seller_who_will_not_accept_has_not_cancelled() =>
        Assert.False(Read("出品者がキャンセルを承認してくれません").Has(TurnActs.AlreadyDone));

    [Fact]
    public void Stopping_the_return_named_asks_for_no_return()
    {
        var reading = Read("やっぱり返品はやめときます");
        Assert.True(reading.Has(TurnActs.ChangeOfMind));
        Assert.False(reading.Has(TurnActs.Topic));
    }

    [Fact]
    public void Stopping_one_request_for_another_asks_for_the_other() =>
        Assert.Equal(SupportIntents.ReturnItem, Read("じゃあ受取拒否はやめて、届いたあとに返品をします").Turn.Intent);

    [Theory]
    [InlineData("出品者はマーケットプレイスの家具業者です。ところで受取拒否した場合、送料はこちら持ちになるのでしょうか。", "受取拒否した場合、送料はこちら持ちになるのでしょうか。")]
    [InlineData("注文番号は 250-4417302-8861935 です。まだ発送していません。キャンセルするとペナルティがありますか?", "キャンセルするとペナルティがありますか?")]
    [InlineData("発送済みの注文ってキャンセル無理？エラーで通らないんだけど", "発送済みの注文ってキャンセル無理？エラーで通らないんだけど")]
    [InlineData("送料はだれが払いますか？", "送料はだれが払いますか？")]
    public void The_asking_sentences_are_looked_up_without_the_facts_told_beside_them(string text, string asked) =>
        Assert.Equal(asked, TurnReader.QuestionPart(text, RepositoryKnowledge.Instance.Current));

    [Fact]
    public void A_refusal_supposed_is_none_done() => Assert.False(Read("受取拒否した場合、送料はこちら持ちですか").Has(TurnActs.AlreadyDone));

    [Theory]
    [InlineData("ボットはいらん。人間と話させて")]
    [InlineData("返金は大丈夫なので、担当者と話したいです")]
    [InlineData("no thanks, I want a real person")]
    [InlineData("Can I talk to a person? No problem if I wait.")]
    [InlineData("配送方法のことで担当者と話したい")]
    public void A_person_asked_for_beside_a_no_need_is_a_person(string text) =>
        Assert.True(Read(text, text.Any(char.IsAsciiLetter) && !TextNormalizer.ContainsJapanese(text) ? "en-US" : "ja-JP").Has(TurnActs.Person));

    [Theory]
    [InlineData("届いたバッグが本物か怪しいので返品できますか？")]
    [InlineData("まだ発送前だげど、キャンセルしたほうがいいべか？")]
    [InlineData("The box arrived with damages, can I return it?")]
    public void Ordinary_requests_name_no_topic_out_of_scope(string text) =>
        Assert.False(Read(text, text.Any(char.IsAsciiLetter) ? "en-US" : "ja-JP").Has(TurnActs.OutOfScope));

    [Theory]
    [InlineData("3日前にキャンセルしたのに、返金をまだ受け取っていません", null)]
    [InlineData("配達済みと表示されていますが、届いていません", "shipped")]
    [InlineData("同じのがうちにあるから要らない。ステータスはまだ出荷準備中です", "preparing")]
    public void A_stage_is_not_read_from_money_or_a_delivery_denied(string text, string? stage) => Assert.Equal(stage, Read(text).Turn.Stage);

    [Fact]
    public void A_return_made_when_the_refund_is_missing_is_done() =>
        Assert.True(Read("2週間前に返品した時の返金がまだ来ません").Has(TurnActs.AlreadyDone));

    [Fact]
    public void Stopping_the_order_is_no_change_of_mind() => Assert.False(Read("この注文やめとくわ").Has(TurnActs.ChangeOfMind));

    [Theory]
    [InlineData("My order is 250-1234567-1234567. Android tablets, can I cancel them?", "Android tablets, can I cancel them?")]
    [InlineData("注文番号は250-1234567-1234567です。あとでキャンセルできますか？", "あとでキャンセルできますか？")]
    public void Openers_are_dropped_only_as_whole_words(string text, string asked) =>
        Assert.Equal(asked, TurnReader.QuestionPart(text, RepositoryKnowledge.Instance.Current));
}
