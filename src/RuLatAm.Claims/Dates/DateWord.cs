namespace RuLatAm.Claims.Dates;

/// <summary>
/// The words the date grammar looks for. The tokenizer gives each word token its member (by the member's name,
/// without regard to case), so that the rules compare small integers instead of strings.
/// </summary>
internal enum DateWord : byte
{
    /// <summary>Any other word, a number or a mark.</summary>
    None,

    /// <summary>"January"; the months follow in order, so a month's number is its distance from here plus one.</summary>
    January,

    /// <summary>"February".</summary>
    February,

    /// <summary>"March".</summary>
    March,

    /// <summary>"April".</summary>
    April,

    /// <summary>"May".</summary>
    May,

    /// <summary>"June".</summary>
    June,

    /// <summary>"July".</summary>
    July,

    /// <summary>"August".</summary>
    August,

    /// <summary>"September".</summary>
    September,

    /// <summary>"October".</summary>
    October,

    /// <summary>"November".</summary>
    November,

    /// <summary>"December".</summary>
    December,

    /// <summary>"Monday"; the weekdays follow in order, Monday first.</summary>
    Monday,

    /// <summary>"Tuesday".</summary>
    Tuesday,

    /// <summary>"Wednesday".</summary>
    Wednesday,

    /// <summary>"Thursday".</summary>
    Thursday,

    /// <summary>"Friday".</summary>
    Friday,

    /// <summary>"Saturday".</summary>
    Saturday,

    /// <summary>"Sunday".</summary>
    Sunday,

    /// <summary>"Jan"; the abbreviations follow in order of their months, "Sept" last.</summary>
    Jan,

    /// <summary>"Feb".</summary>
    Feb,

    /// <summary>"Mar".</summary>
    Mar,

    /// <summary>"Apr".</summary>
    Apr,

    /// <summary>"Jun".</summary>
    Jun,

    /// <summary>"Jul".</summary>
    Jul,

    /// <summary>"Aug".</summary>
    Aug,

    /// <summary>"Sep".</summary>
    Sep,

    /// <summary>"Oct".</summary>
    Oct,

    /// <summary>"Nov".</summary>
    Nov,

    /// <summary>"Dec".</summary>
    Dec,

    /// <summary>"Sept", the last of the abbreviations.</summary>
    Sept,

    /// <summary>"a".</summary>
    A,

    /// <summary>"about".</summary>
    About,

    /// <summary>"administration".</summary>
    Administration,

    /// <summary>"administrations".</summary>
    Administrations,

    /// <summary>"after".</summary>
    After,

    /// <summary>"afternoon".</summary>
    Afternoon,

    /// <summary>"afterward".</summary>
    Afterward,

    /// <summary>"afterwards".</summary>
    Afterwards,

    /// <summary>"ago".</summary>
    Ago,

    /// <summary>"ahead".</summary>
    Ahead,

    /// <summary>"almost".</summary>
    Almost,

    /// <summary>"an".</summary>
    An,

    /// <summary>"and".</summary>
    And,

    /// <summary>"approximately".</summary>
    Approximately,

    /// <summary>"are".</summary>
    Are,

    /// <summary>"around".</summary>
    Around,

    /// <summary>"as".</summary>
    As,

    /// <summary>"at".</summary>
    At,

    /// <summary>"autumn".</summary>
    Autumn,

    /// <summary>"back".</summary>
    Back,

    /// <summary>"because".</summary>
    Because,

    /// <summary>"been".</summary>
    Been,

    /// <summary>"before".</summary>
    Before,

    /// <summary>"beginning".</summary>
    Beginning,

    /// <summary>"between".</summary>
    Between,

    /// <summary>"but".</summary>
    But,

    /// <summary>"by".</summary>
    By,

    /// <summary>"can".</summary>
    Can,

    /// <summary>"centuries".</summary>
    Centuries,

    /// <summary>"century".</summary>
    Century,

    /// <summary>"close".</summary>
    Close,

    /// <summary>"coming".</summary>
    Coming,

    /// <summary>"could".</summary>
    Could,

    /// <summary>"couple".</summary>
    Couple,

    /// <summary>"crisis".</summary>
    Crisis,

    /// <summary>"current".</summary>
    Current,

    /// <summary>"day".</summary>
    Day,

    /// <summary>"days".</summary>
    Days,

    /// <summary>"decade".</summary>
    Decade,

    /// <summary>"decades".</summary>
    Decades,

    /// <summary>"dictatorship".</summary>
    Dictatorship,

    /// <summary>"did".</summary>
    Did,

    /// <summary>"do".</summary>
    Do,

    /// <summary>"does".</summary>
    Does,

    /// <summary>"dozen".</summary>
    Dozen,

    /// <summary>"during".</summary>
    During,

    /// <summary>"earlier".</summary>
    Earlier,

    /// <summary>"early".</summary>
    Early,

    /// <summary>"eight".</summary>
    Eight,

    /// <summary>"eighteen".</summary>
    Eighteen,

    /// <summary>"eighty".</summary>
    Eighty,

    /// <summary>"eleven".</summary>
    Eleven,

    /// <summary>"end".</summary>
    End,

    /// <summary>"era".</summary>
    Era,

    /// <summary>"eve".</summary>
    Eve,

    /// <summary>"evening".</summary>
    Evening,

    /// <summary>"evenings".</summary>
    Evenings,

    /// <summary>"ever".</summary>
    Ever,

    /// <summary>"fall".</summary>
    Fall,

    /// <summary>"few".</summary>
    Few,

    /// <summary>"fewer".</summary>
    Fewer,

    /// <summary>"fifteen".</summary>
    Fifteen,

    /// <summary>"fifty".</summary>
    Fifty,

    /// <summary>"final".</summary>
    Final,

    /// <summary>"first".</summary>
    First,

    /// <summary>"five".</summary>
    Five,

    /// <summary>"following".</summary>
    Following,

    /// <summary>"for".</summary>
    For,

    /// <summary>"former".</summary>
    Former,

    /// <summary>"forty".</summary>
    Forty,

    /// <summary>"four".</summary>
    Four,

    /// <summary>"fourteen".</summary>
    Fourteen,

    /// <summary>"fourth".</summary>
    Fourth,

    /// <summary>"from".</summary>
    From,

    /// <summary>"government".</summary>
    Government,

    /// <summary>"had".</summary>
    Had,

    /// <summary>"half".</summary>
    Half,

    /// <summary>"has".</summary>
    Has,

    /// <summary>"have".</summary>
    Have,

    /// <summary>"her".</summary>
    Her,

    /// <summary>"his".</summary>
    His,

    /// <summary>"I".</summary>
    I,

    /// <summary>"if".</summary>
    If,

    /// <summary>"II".</summary>
    II,

    /// <summary>"in".</summary>
    In,

    /// <summary>"is".</summary>
    Is,

    /// <summary>"its".</summary>
    Its,

    /// <summary>"just".</summary>
    Just,

    /// <summary>"last".</summary>
    Last,

    /// <summary>"late".</summary>
    Late,

    /// <summary>"lately".</summary>
    Lately,

    /// <summary>"later".</summary>
    Later,

    /// <summary>"latter".</summary>
    Latter,

    /// <summary>"least".</summary>
    Least,

    /// <summary>"less".</summary>
    Less,

    /// <summary>"many".</summary>
    Many,

    /// <summary>"meantime".</summary>
    Meantime,

    /// <summary>"mid".</summary>
    Mid,

    /// <summary>"middle".</summary>
    Middle,

    /// <summary>"might".</summary>
    Might,

    /// <summary>"month".</summary>
    Month,

    /// <summary>"months".</summary>
    Months,

    /// <summary>"more".</summary>
    More,

    /// <summary>"morning".</summary>
    Morning,

    /// <summary>"mornings".</summary>
    Mornings,

    /// <summary>"must".</summary>
    Must,

    /// <summary>"nearly".</summary>
    Nearly,

    /// <summary>"new".</summary>
    New,

    /// <summary>"next".</summary>
    Next,

    /// <summary>"night".</summary>
    Night,

    /// <summary>"nights".</summary>
    Nights,

    /// <summary>"nine".</summary>
    Nine,

    /// <summary>"nineteen".</summary>
    Nineteen,

    /// <summary>"ninety".</summary>
    Ninety,

    /// <summary>"no".</summary>
    No,

    /// <summary>"not".</summary>
    Not,

    /// <summary>"nowadays".</summary>
    Nowadays,

    /// <summary>"of".</summary>
    Of,

    /// <summary>"on".</summary>
    On,

    /// <summary>"one".</summary>
    One,

    /// <summary>"only".</summary>
    Only,

    /// <summary>"or".</summary>
    Or,

    /// <summary>"our".</summary>
    Our,

    /// <summary>"over".</summary>
    Over,

    /// <summary>"pandemic".</summary>
    Pandemic,

    /// <summary>"past".</summary>
    Past,

    /// <summary>"period".</summary>
    Period,

    /// <summary>"preceding".</summary>
    Preceding,

    /// <summary>"presidency".</summary>
    Presidency,

    /// <summary>"previous".</summary>
    Previous,

    /// <summary>"previously".</summary>
    Previously,

    /// <summary>"prior".</summary>
    Prior,

    /// <summary>"quarter".</summary>
    Quarter,

    /// <summary>"recent".</summary>
    Recent,

    /// <summary>"recently".</summary>
    Recently,

    /// <summary>"regime".</summary>
    Regime,

    /// <summary>"reign".</summary>
    Reign,

    /// <summary>"roughly".</summary>
    Roughly,

    /// <summary>"rule".</summary>
    Rule,

    /// <summary>"said".</summary>
    Said,

    /// <summary>"same".</summary>
    Same,

    /// <summary>"says".</summary>
    Says,

    /// <summary>"schedule".</summary>
    Schedule,

    /// <summary>"second".</summary>
    Second,

    /// <summary>"seven".</summary>
    Seven,

    /// <summary>"seventeen".</summary>
    Seventeen,

    /// <summary>"seventy".</summary>
    Seventy,

    /// <summary>"several".</summary>
    Several,

    /// <summary>"should".</summary>
    Should,

    /// <summary>"since".</summary>
    Since,

    /// <summary>"six".</summary>
    Six,

    /// <summary>"sixteen".</summary>
    Sixteen,

    /// <summary>"sixty".</summary>
    Sixty,

    /// <summary>"some".</summary>
    Some,

    /// <summary>"spring".</summary>
    Spring,

    /// <summary>"start".</summary>
    Start,

    /// <summary>"summer".</summary>
    Summer,

    /// <summary>"ten".</summary>
    Ten,

    /// <summary>"tenure".</summary>
    Tenure,

    /// <summary>"term".</summary>
    Term,

    /// <summary>"than".</summary>
    Than,

    /// <summary>"that".</summary>
    That,

    /// <summary>"the".</summary>
    The,

    /// <summary>"their".</summary>
    Their,

    /// <summary>"then".</summary>
    Then,

    /// <summary>"these".</summary>
    These,

    /// <summary>"third".</summary>
    Third,

    /// <summary>"thirteen".</summary>
    Thirteen,

    /// <summary>"thirty".</summary>
    Thirty,

    /// <summary>"this".</summary>
    This,

    /// <summary>"three".</summary>
    Three,

    /// <summary>"through".</summary>
    Through,

    /// <summary>"throughout".</summary>
    Throughout,

    /// <summary>"thru".</summary>
    Thru,

    /// <summary>"till".</summary>
    Till,

    /// <summary>"time".</summary>
    Time,

    /// <summary>"times".</summary>
    Times,

    /// <summary>"to".</summary>
    To,

    /// <summary>"today".</summary>
    Today,

    /// <summary>"told".</summary>
    Told,

    /// <summary>"tomorrow".</summary>
    Tomorrow,

    /// <summary>"tonight".</summary>
    Tonight,

    /// <summary>"turn".</summary>
    Turn,

    /// <summary>"twelve".</summary>
    Twelve,

    /// <summary>"twenty".</summary>
    Twenty,

    /// <summary>"two".</summary>
    Two,

    /// <summary>"under".</summary>
    Under,

    /// <summary>"until".</summary>
    Until,

    /// <summary>"up".</summary>
    Up,

    /// <summary>"very".</summary>
    Very,

    /// <summary>"war".</summary>
    War,

    /// <summary>"was".</summary>
    Was,

    /// <summary>"week".</summary>
    Week,

    /// <summary>"weekend".</summary>
    Weekend,

    /// <summary>"weekends".</summary>
    Weekends,

    /// <summary>"weeks".</summary>
    Weeks,

    /// <summary>"were".</summary>
    Were,

    /// <summary>"when".</summary>
    When,

    /// <summary>"where".</summary>
    Where,

    /// <summary>"which".</summary>
    Which,

    /// <summary>"while".</summary>
    While,

    /// <summary>"who".</summary>
    Who,

    /// <summary>"whom".</summary>
    Whom,

    /// <summary>"whose".</summary>
    Whose,

    /// <summary>"will".</summary>
    Will,

    /// <summary>"winter".</summary>
    Winter,

    /// <summary>"within".</summary>
    Within,

    /// <summary>"would".</summary>
    Would,

    /// <summary>"year".</summary>
    Year,

    /// <summary>"years".</summary>
    Years,

    /// <summary>"yesterday".</summary>
    Yesterday,

    /// <summary>"far".</summary>
    Far,

    /// <summary>"future".</summary>
    Future,

    /// <summary>"near".</summary>
    Near,

    /// <summary>"so".</summary>
    So,

    /// <summary>"thus".</summary>
    Thus,
}
