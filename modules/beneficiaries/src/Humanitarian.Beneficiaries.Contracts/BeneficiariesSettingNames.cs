namespace Humanitarian.Beneficiaries;

public static class BeneficiariesSettingNames
{
    /// <summary>The least monthly value (VND) a sponsorship may commit to; per tenant, 300,000 by default.</summary>
    public const string MinimumMonthlyValue = "Humanitarian.Beneficiaries.MinimumMonthlyValue";
}
