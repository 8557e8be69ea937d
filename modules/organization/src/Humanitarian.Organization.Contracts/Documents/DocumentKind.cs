namespace Humanitarian.Organization.Documents;

/// <summary>Quyết định, Kế hoạch, Công văn, Kết luận, Báo cáo, or another kind.</summary>
public enum DocumentKind
{
    Decision,
    Plan,
    OfficialLetter,
    Conclusion,
    Report,
    Other,
}
