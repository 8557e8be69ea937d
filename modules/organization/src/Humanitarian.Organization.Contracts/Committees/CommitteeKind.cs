namespace Humanitarian.Organization.Committees;

public enum CommitteeKind
{
    /// <summary>Ban Chỉ đạo of a campaign.</summary>
    SteeringCommittee,

    /// <summary>Ban vận động tài chính of a fund, at city level and again at each district.</summary>
    FundraisingBoard,
}
