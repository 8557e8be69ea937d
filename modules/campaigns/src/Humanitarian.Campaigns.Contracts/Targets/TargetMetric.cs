namespace Humanitarian.Campaigns.Targets;

/// <summary>How a target (chỉ tiêu) is measured: always from real data, typed in only for <see cref="Manual"/>.</summary>
public enum TargetMetric
{
    /// <summary>Share (%) of the campaign's participant units that held an activity of the target's kind in the period.</summary>
    UnitsWithActivityPercent,

    /// <summary>Funds raised in the period over the same period a year before, growth in % (Fundraising measures it).</summary>
    FundsRaisedGrowthPercent,

    /// <summary>Addresses sponsored per sponsoring committee member or department, the lowest of them (Beneficiaries).</summary>
    AddressesSponsoredPerSponsor,

    /// <summary>Share (%) of surveyed humanitarian addresses that were helped (Beneficiaries).</summary>
    AddressesHelpedPercent,

    /// <summary>Care facilities sponsored (Beneficiaries).</summary>
    FacilitiesSponsored,

    /// <summary>A figure the units report on their tasks (blood units, people trained), summed.</summary>
    Manual,
}
