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

public static class TargetMetrics
{
    /// <summary>
    /// Whether every unit must reach the goal itself ("each district +20%", "≥ 3 addresses each", "every
    /// district holds a conference"), so a unit meets it or not; a total (manual figures, facilities, the
    /// share of addresses helped) is only met by all together.
    /// </summary>
    public static bool IsGoalOfEachUnit(this TargetMetric metric) => metric is TargetMetric.UnitsWithActivityPercent
        or TargetMetric.FundsRaisedGrowthPercent or TargetMetric.AddressesSponsoredPerSponsor;
}
