namespace Humanitarian.Fundraising;

public static class FundraisingConsts
{
    public const int MaxCodeLength = 32;
    public const int MaxNameLength = 256;
    public const int MaxRestrictionLength = 256;
    public const int MaxTextLength = 2000;
    public const int MaxReasonLength = 1000;

    /// <summary>One operation's ceiling in VND (a thousand billion đồng): far above any real gift, far below overflow.</summary>
    public const long MaxAmount = 1_000_000_000_000;
}
