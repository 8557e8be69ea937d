namespace Humanitarian.Fundraising.Pages.Fundraising.Donations;

/// <summary>How a gift is typed on the form: each shows only its own amount fields (one DTO, three shapes).</summary>
public enum DonationEntry
{
    /// <summary>Cash in đồng: the amount.</summary>
    Vnd,

    /// <summary>Cash in another currency: its code, amount and the day's rate; the service fixes the đồng.</summary>
    ForeignCurrency,

    /// <summary>Goods: what they are and their estimated value in đồng.</summary>
    InKind,
}
