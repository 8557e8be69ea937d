namespace Humanitarian.Organization.Committees;

public static class CommitteeConsts
{
    public const int MaxNameLength = 256;
    public const int MaxCampaignOrFundNameLength = 256;
    public const int MaxNoteLength = 4000;
    public const int MaxMemberFullNameLength = 256;
    public const int MaxMemberTitleLength = 256;
    public const int MaxSeatRoleNameLength = 256;
}
