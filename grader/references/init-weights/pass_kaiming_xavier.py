from torch import nn


def init_weights(model: nn.Module, nonlinearity: str) -> None:
    for module in model.modules():
        if isinstance(module, nn.Linear):
            if nonlinearity == "relu":
                nn.init.kaiming_normal_(module.weight, mode="fan_in", nonlinearity="relu")
            else:
                nn.init.xavier_uniform_(module.weight, gain=nn.init.calculate_gain("tanh"))
            if module.bias is not None:
                nn.init.zeros_(module.bias)
