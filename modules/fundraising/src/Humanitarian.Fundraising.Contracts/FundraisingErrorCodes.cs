namespace Humanitarian.Fundraising;

/// <summary>Codes the module's rules throw; their texts are in its localization resource.</summary>
public static class FundraisingErrorCodes
{
    public const string DuplicateFundCode = "Fundraising:DuplicateFundCode";
    public const string FundHasEntries = "Fundraising:FundHasEntries";
    public const string DonorHasDonations = "Fundraising:DonorHasDonations";
    public const string DonorHasPledges = "Fundraising:DonorHasPledges";
    public const string FundHasPledges = "Fundraising:FundHasPledges";
    public const string InvalidTaxCode = "Fundraising:InvalidTaxCode";
    public const string AmountOrForeignAmount = "Fundraising:AmountOrForeignAmount";
    public const string ForeignAmountNeedsRate = "Fundraising:ForeignAmountNeedsRate";
    public const string ForeignAmountTooSmall = "Fundraising:ForeignAmountTooSmall";
    public const string InKindNeedsDescription = "Fundraising:InKindNeedsDescription";
    public const string AlreadyCancelled = "Fundraising:AlreadyCancelled";
    public const string InsufficientBalance = "Fundraising:InsufficientBalance";
    public const string InsufficientRestrictedBalance = "Fundraising:InsufficientRestrictedBalance";
    public const string CancellationSpent = "Fundraising:CancellationSpent";
    public const string RecipientRequired = "Fundraising:RecipientRequired";
    public const string FutureDate = "Fundraising:FutureDate";
    public const string PledgeMismatch = "Fundraising:PledgeMismatch";
    public const string PledgeHasDonations = "Fundraising:PledgeHasDonations";
    public const string PledgeNeedsDueDate = "Fundraising:PledgeNeedsDueDate";
    public const string InvalidInstalments = "Fundraising:InvalidInstalments";
    public const string InstalmentsDoNotAddUp = "Fundraising:InstalmentsDoNotAddUp";
    public const string DueDateNotLastInstalment = "Fundraising:DueDateNotLastInstalment";
    public const string MergeSameDonor = "Fundraising:MergeSameDonor";
    public const string MergeTaxCodesDiffer = "Fundraising:MergeTaxCodesDiffer";
    public const string MergeInheritedDonations = "Fundraising:MergeInheritedDonations";
}
